/**
 * Where to scroll when the docked keyboard opens: the field being typed in must be visible above the keyboard,
 * and so, when there is room, must the button the citizen presses next (a report had the sign-in button hidden
 * under the keyboard). Pure arithmetic on viewport boxes, so it is unit-tested without a DOM.
 */

/** A vertical extent in viewport pixels (getBoundingClientRect's top and bottom). */
export interface Extent {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Pixels to scroll (positive: content moves up) so that `field`, and `action` if both fit, lie between
 * `visibleTop` and `dockTop`, each with `margin` to spare. When both do not fit, the field wins, placed at
 * the top so as much as possible below it (where the action usually is) shows too.
 */
export function revealDelta(field: Extent, action: Extent | null, visibleTop: number, dockTop: number, margin = 16): number {
  const top = visibleTop + margin;
  const bottom = dockTop - margin;
  const fit = (box: Extent): number => {
    if (box.top < top || box.bottom - box.top > bottom - top) return box.top - top;
    if (box.bottom > bottom) return box.bottom - bottom;
    return 0;
  };
  if (action === null) return fit(field);
  const both = { top: Math.min(field.top, action.top), bottom: Math.max(field.bottom, action.bottom) };
  if (both.bottom - both.top <= bottom - top) return fit(both);
  return field.top - top;
}

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
export function scrollParent(el: Element): Element {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') && p.scrollHeight > p.clientHeight) return p;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * The next action for a field: its form's enabled submit button, or an element marked data-osk-next in the
 * field's form or section. Null when there is none.
 */
export function nextAction(field: Element): Element | null {
  const scope = field.closest('form') ?? field.closest('section');
  if (scope === null) return null;
  return scope.querySelector('[data-osk-next]') ?? scope.querySelector('button[type="submit"]:not([disabled])');
}
