import type { JSX } from 'preact';
import type { Translator } from '../../i18n';

export interface ResizeHandleProps {
  width: number;
  min: number;
  max: number;
  t: Translator;
  /** A new width; `done` once the drag or key press is over (time to remember it). */
  onResize(width: number, done: boolean): void;
}

const STEP = 16;
const BIG_STEP = 64;

function clamp(v: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, v)));
}

/**
 * The sidebar's left edge: drag it, or focus it and use the arrow keys (left widens, right
 * narrows; Page Up/Down in big steps; Home and End for the narrowest and widest). A focusable
 * `separator` with its value, as the ARIA window-splitter pattern describes.
 */
export function ResizeHandle({ width, min, max, t, onResize }: ResizeHandleProps) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = width + STEP;
    else if (event.key === 'ArrowRight') next = width - STEP;
    else if (event.key === 'PageUp') next = width + BIG_STEP;
    else if (event.key === 'PageDown') next = width - BIG_STEP;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onResize(clamp(next, min, max), true);
  };
  const onPointerDown = (event: JSX.TargetedPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget;
    const view = handle.ownerDocument.defaultView;
    if (!view) return;
    handle.setPointerCapture?.(event.pointerId);
    let last = width;
    const at = (e: PointerEvent) => clamp(view.innerWidth - e.clientX, min, max);
    const move = (e: PointerEvent) => {
      last = at(e);
      onResize(last, false);
    };
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      if (e.type === 'pointerup') last = at(e);
      onResize(last, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };
  return (
    <div
      class="kl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resizeHandle')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={t('resizeValue', { width })}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
