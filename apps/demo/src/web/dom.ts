/**
 * Builds an element whose text is set with `textContent`: data from users (organisation names,
 * initiative titles, file contents) is never parsed as HTML on this page.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className !== undefined) node.className = className
  return node
}

/** Looks up an element the page's HTML declares; a missing one is a bug in index.html. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`index.html has no element #${id}`)
  return node as T
}

/** Shows a section's status line: empty when computed, the reason when not. */
export function setStatus(node: HTMLElement, message: string | undefined): void {
  node.textContent = message ?? ''
  node.classList.toggle('unavailable', message !== undefined)
}
