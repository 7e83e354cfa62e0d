"""Hover tooltips on the graph: name, type and counts of the node (or kind, statements and stance of the
edge) under the mouse.

neo4j-viz 1.11 draws no tooltip on hover (its NVL wrapper only reports clicks), so a small Streamlit
component (no markup of its own, trusted code written here) listens to mouse moves on the page, asks the
graph's NVL instance what is under the pointer (`getHits`, reached through the React props of the canvas)
and writes that item's text (`queries.viewmodel.tooltips`, sent with the component) into one floating box
with `textContent`: values are never read as HTML (and are neutralised in the view model already). Nothing else is read or sent anywhere.
"""
from __future__ import annotations

from functools import lru_cache

_JS = r"""
export default function (component) {
  window.__whosaidTips = (component && component.data && component.data.tips) || {};
  if (window.__whosaidHover) return;
  window.__whosaidHover = true;
  const tip = document.createElement('div');
  tip.setAttribute('data-testid', 'whosaid-tooltip');
  tip.setAttribute('role', 'tooltip');
  Object.assign(tip.style, {position: 'fixed', zIndex: '100000', pointerEvents: 'none', display: 'none',
    background: '#ffffff', color: '#222', border: '1px solid #b8bec4', borderRadius: '4px',
    padding: '5px 9px', font: '13px/1.45 sans-serif', maxWidth: '340px', whiteSpace: 'pre-line',
    boxShadow: '0 1px 5px rgba(0,0,0,.18)'});
  document.body.appendChild(tip);
  function nvlOf(el) {
    const key = Object.keys(el).find(k => k.startsWith('__reactFiber$'));
    for (let f = key && el[key], depth = 0; f && depth < 40; f = f.return, depth++) {
      const props = f.memoizedProps;
      if (props && props.nvlRef && props.nvlRef.current) return props.nvlRef.current;
    }
    return null;
  }
  function hide() { tip.style.display = 'none'; }
  document.addEventListener('mousemove', (ev) => {
    const path = ev.composedPath ? ev.composedPath() : [];
    const at = path.findIndex(el => el && el.getAttribute && /^nvl/.test(el.getAttribute('data-testid') || ''));
    if (at < 0) return hide();
    let nvl = null;
    for (const el of path.slice(0, at + 8)) {
      if (el && el.nodeType === 1 && (nvl = nvlOf(el))) break;
    }
    if (!nvl) return hide();
    let hits;
    try { hits = nvl.getHits(ev, ['node', 'relationship'], {hitNodeMarginWidth: 3}).nvlTargets; }
    catch (e) { return hide(); }
    const item = ((hits.nodes || [])[0] || (hits.relationships || [])[0] || {}).data;
    let id = item ? String(item.id) : '';
    const owner = id.match(/^cap[lr]?\|(.*)$/);
    if (owner) id = owner[1];
    const lines = window.__whosaidTips[id];
    if (!lines) return hide();
    tip.textContent = lines;
    tip.style.left = Math.min(ev.clientX + 14, window.innerWidth - 350) + 'px';
    tip.style.top = (ev.clientY + 16) + 'px';
    tip.style.display = 'block';
  }, true);
}
"""


@lru_cache(maxsize=1)
def _component():
    from streamlit.components.v2 import component
    return component("whosaid_hover", js=_JS)


def attach(tips: dict[str, str], key: str = "whosaid-hover") -> None:
    """Mount the tooltip listener (once per page) with the tooltip text of each node and edge id."""
    _component()(key=key, data={"tips": tips}, height=0)
