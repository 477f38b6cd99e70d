/**
 * The page around the network changes size (panels fill, the timeline appears, a phone's sheet
 * opens): follow it. A ResizeObserver also reports the size an element was observed at, which
 * needs no redraw: only real changes call `onResize`. Returns the function that stops following.
 */
export function followSize(element: HTMLElement, onResize: () => void): () => void {
  let drawn = { width: element.offsetWidth, height: element.offsetHeight };
  const observer = new ResizeObserver(() => {
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    if (size.width === drawn.width && size.height === drawn.height) return;
    drawn = size;
    onResize();
  });
  observer.observe(element);
  return () => observer.disconnect();
}
