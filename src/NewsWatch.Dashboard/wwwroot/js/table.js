import { h } from './dom.js';

// On phones the CSS stacks rows into cards and shows each cell's data-label,
// so every cell carries its column name. Stacking sets display:block, which makes
// Chrome and Safari drop the table semantics, so the roles are also given explicitly.
export function dataTable({ caption, columns, rows, className }) {
  return h('div', { class: 'table-wrap' },
    h('table', { class: ['data', className], role: 'table', 'aria-label': caption || null },
      caption && h('caption', { class: 'visually-hidden' }, caption),
      h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' },
        columns.map((c) => h('th', { scope: 'col', role: 'columnheader', class: c.className }, c.label)))),
      h('tbody', { role: 'rowgroup' }, rows.map((row) => h('tr', { ...row.attrs, role: 'row' },
        row.cells.map((cell, i) => bodyCell(columns[i], cell)))))));
}

function bodyCell(col, cell) {
  if (col.header) return h('th', { scope: 'row', role: 'rowheader', 'data-label': col.label, class: col.className }, cell);
  return h('td', { role: 'cell', 'data-label': col.label, class: col.className }, cell ?? h('span', { class: 'muted' }, '—'));
}
