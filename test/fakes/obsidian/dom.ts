/**
 * Obsidian's additions to the DOM (`el.createEl`, `el.empty()`, `el.setText` …), installed on the
 * prototypes of whatever DOM the fake runs in: happy-dom in unit tests, Chromium in the browser
 * test. Only the helpers the plugin uses.
 */

interface ElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  href?: string;
  placeholder?: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(el: Element, info: ElementInfo | string | undefined): void {
  if (info === undefined) return;
  if (typeof info === "string") {
    el.className = info;
    return;
  }
  if (info.cls) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(/\s+/)).filter((c) => c !== ""));
  if (info.text !== undefined) el.textContent = info.text;
  if (info.title !== undefined) el.setAttribute("title", info.title);
  if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined) el.setAttribute("type", info.type);
  if (info.href !== undefined) el.setAttribute("href", info.href);
  if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
  for (const [name, value] of Object.entries(info.attr ?? {})) {
    if (value === null || value === false) continue;
    el.setAttribute(name, String(value));
  }
}

export function installDomHelpers(win: { Node: typeof Node; Element: typeof Element; document: Document }): void {
  const proto = win.Node.prototype as unknown as Record<string, unknown>;
  if (typeof proto.createEl === "function") return;
  const doc = win.document;
  const detached = (tag: string, info?: ElementInfo | string, callback?: (el: Element) => void): Element => {
    const el = doc.createElement(tag);
    apply(el, info);
    callback?.(el);
    return el;
  };
  proto.createEl = function (this: Node, tag: string, info?: ElementInfo | string, callback?: (el: Element) => void) {
    const el = this.appendChild(detached(tag, info));
    callback?.(el);
    return el;
  };
  proto.createDiv = function (this: Node, info?: ElementInfo | string) {
    return (this as unknown as { createEl: (t: string, i?: unknown) => Element }).createEl("div", info);
  };
  proto.createSpan = function (this: Node, info?: ElementInfo | string) {
    return (this as unknown as { createEl: (t: string, i?: unknown) => Element }).createEl("span", info);
  };
  // The window a node lives in (`node.win`), with the helpers Obsidian installs on every window,
  // which make a detached element: the fake has one window, the one it is installed in.
  Object.defineProperty(proto, "win", { configurable: true, get: () => win });
  Object.assign(win, {
    createEl: detached,
    createDiv: (info?: ElementInfo | string) => detached("div", info),
    createSpan: (info?: ElementInfo | string) => detached("span", info),
  });
  proto.createSvg = function (this: Node, tag: string, info?: ElementInfo | string) {
    const el = doc.createElementNS(SVG_NS, tag);
    apply(el, info);
    this.appendChild(el);
    return el;
  };
  proto.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  proto.detach = function (this: Node) {
    this.parentNode?.removeChild(this);
  };
  proto.setText = function (this: Node, text: string) {
    this.textContent = text;
  };
  proto.appendText = function (this: Node, text: string) {
    this.appendChild(doc.createTextNode(text));
  };
  const el = win.Element.prototype as unknown as Record<string, unknown>;
  el.addClass = function (this: Element, ...classes: string[]) {
    this.classList.add(...classes);
  };
  el.removeClass = function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  };
  el.toggleClass = function (this: Element, cls: string, on: boolean) {
    this.classList.toggle(cls, on);
  };
  el.hasClass = function (this: Element, cls: string) {
    return this.classList.contains(cls);
  };
  el.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  };
}

/** A detached element to build on (Obsidian's global `createDiv`). */
export function createDetachedDiv(cls?: string): HTMLElement {
  const div = document.createElement("div");
  if (cls) div.className = cls;
  return div;
}
