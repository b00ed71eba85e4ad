import type {
  MessageSender,
  RawMessageListener,
  RuntimeMessagingApi,
  TabsMessagingApi,
} from '../../src/messaging/runtime';

/**
 * A message bus with the polyfill's semantics: `sendMessage` goes to every listener, the first
 * promise returned answers, and with no listener answering the send rejects as Chrome's does
 * ("Receiving end does not exist").
 */
export class FakeRuntime implements RuntimeMessagingApi {
  readonly listeners = new Set<RawMessageListener>();
  sender: MessageSender = {};
  onMessage = {
    addListener: (l: RawMessageListener) => void this.listeners.add(l),
    removeListener: (l: RawMessageListener) => void this.listeners.delete(l),
  };

  async sendMessage(message: unknown): Promise<unknown> {
    return this.dispatch(message, this.sender);
  }

  async dispatch(message: unknown, sender: MessageSender): Promise<unknown> {
    // A structured clone, as the browser makes: nothing shared between the two ends.
    const cloned: unknown = structuredClone(message);
    for (const l of this.listeners) {
      const answer = l(cloned, sender);
      if (answer !== undefined) return answer;
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }
}

/** Tabs whose content scripts listen on their own FakeRuntime. */
export class FakeTabs implements TabsMessagingApi {
  readonly contentScripts = new Map<number, FakeRuntime>();
  readonly sent: Array<{ tabId: number; message: unknown }> = [];

  async sendMessage(tabId: number, message: unknown): Promise<unknown> {
    this.sent.push({ tabId, message });
    const content = this.contentScripts.get(tabId);
    if (!content) throw new Error('Could not establish connection. Receiving end does not exist.');
    return content.dispatch(message, { id: 'kamerlens' });
  }
}
