/**
 * Dispatches a documented rights-atlas event: bubbling and composed, so a page
 * can listen on the element or on any ancestor. A free function rather than a
 * base-class method, so the manifest analyzer lists only the real events
 * (declared with @fires on each element).
 */
export function emit<T>(target: EventTarget, type: `rights-${string}`, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
