/** The closest ancestor that scrolls vertically (the app's main area, a dialog), or null. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflowY = getComputedStyle(node).overflowY;
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Air left above a target shown from its top, in px. */
const TOP_AIR_PX = 16;

/**
 * Scrolls the element's own scroll container, if needed, so the element is
 * in view with room for the bubble above or below it (`roomPx`): a target
 * that leaves that room goes near the container's top, the bubble below it;
 * a bigger one is centred, and one taller than 60 % of the container shows
 * from its top. Unlike scrollIntoView, never scrolls the document itself:
 * absolutely positioned visually-hidden table captions make it a little
 * scrollable on some pages, and scrolling it would slide the whole app frame up.
 */
export function keepInScroller(element: HTMLElement, roomPx: number): void {
  const scroller = scrollParent(element);
  if (!scroller) return;
  const frame = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  let wantedTopPx: number;
  if (box.height > frame.height * 0.6) {
    if (box.top >= frame.top && box.top <= frame.top + frame.height / 3) return;
    wantedTopPx = TOP_AIR_PX;
  } else {
    const shown = box.top >= frame.top && box.bottom <= frame.bottom;
    const roomAround = box.top - frame.top >= roomPx || frame.bottom - box.bottom >= roomPx;
    if (shown && roomAround) return;
    wantedTopPx = box.height + TOP_AIR_PX + roomPx <= frame.height ? TOP_AIR_PX : (frame.height - box.height) / 2;
  }
  scroller.scrollTop += box.top - frame.top - wantedTopPx;
}
