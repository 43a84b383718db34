// Remote mode: the banner over the graph that says which endpoint is connected, what is loading and what failed.
import { h } from '../ui/dom';
import type { RemoteNotice, RemoteSession } from './session';

/** Mounts the banner into `host` (the graph's wrapper); it follows the notices of the remote session. */
export function mountRemoteBanner(host: HTMLElement, session: RemoteSession): () => void {
  const text = h('span', { class: 'okg-remote-text' });
  const dismiss = h('button', {
    class: 'okg-remote-dismiss',
    attrs: { type: 'button', 'aria-label': 'Dismiss message' },
    text: '×',
  });
  const banner = h(
    'div',
    { class: 'okg-remote-banner', attrs: { role: 'status', 'aria-live': 'polite', 'data-kind': 'info' } },
    [text, dismiss],
  );
  banner.hidden = true;
  dismiss.addEventListener('click', () => {
    banner.hidden = true;
  });
  host.appendChild(banner);
  const show = (notice: RemoteNotice | null): void => {
    banner.hidden = notice === null;
    if (!notice) return;
    // Errors are alerts (read out at once); other messages are polite status updates.
    banner.setAttribute('role', notice.kind === 'error' ? 'alert' : 'status');
    banner.dataset.kind = notice.kind;
    text.textContent = notice.text;
  };
  const stop = session.onNotice(show);
  return () => {
    stop();
    banner.remove();
  };
}
