/** tweedekamer.nl's document modal, as the live reader's tests build it: the paper's text is its content's. */
export const TK_MODAL_ID = 'document-html-modal';
/** Where the paper's text is: what the live reader is given as the container. */
export const TK_MODAL_CONTENT = `#${TK_MODAL_ID} .m-modal__content`;

/** A modal whose content holds one paragraph of `text`, not yet in the page. */
export function tkModal(doc: Document, text: string): HTMLElement {
  const modal = doc.createElement('div');
  modal.id = TK_MODAL_ID;
  const content = doc.createElement('div');
  content.className = 'm-modal__content';
  const p = doc.createElement('p');
  p.textContent = text;
  content.append(p);
  modal.append(content);
  return modal;
}
