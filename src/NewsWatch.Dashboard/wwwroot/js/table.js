import { h } from './dom.js';

// On phones the CSS stacks rows into cards and shows each cell's data-label,
// so every cell carries its column name.
export function dataTable({ caption, columns, rows, className }) {
  return h('div', { class: 'table-wrap' },
    h('table', { class: ['data', className] },
      caption && h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.className }, c.label)))),
      h('tbody', {}, rows.map((row) => h('tr', row.attrs ?? {},
        row.cells.map((cell, i) => {
          const col = columns[i];
          if (col.header) return h('th', { scope: 'row', 'data-label': col.label, class: col.className }, cell);
          return h('td', { 'data-label': col.label, class: col.className }, cell ?? h('span', { class: 'muted' }, '—'));
        }))))));
}
