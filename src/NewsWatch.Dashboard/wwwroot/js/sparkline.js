import { s } from './dom.js';

// A 14-day bar chart small enough for a table cell; the numbers are in the label
// for screen readers since the bars alone say nothing.
export function sparkline(itemsPerDay) {
  const days = itemsPerDay ?? [];
  const counts = days.map((d) => d.count ?? 0);
  const max = Math.max(1, ...counts);
  const bar = 5, gap = 2, height = 24;
  const width = Math.max(1, counts.length) * (bar + gap) - gap;
  const label = `Items per day, last ${counts.length} days: ${counts.join(', ') || 'no data'}`;
  return s('svg', { class: 'spark', role: 'img', 'aria-label': label, viewBox: `0 0 ${width} ${height}`, width, height, focusable: 'false' },
    counts.map((c, i) => {
      const bh = c === 0 ? 1 : Math.max(2, Math.round((c / max) * height));
      return s('rect', { x: i * (bar + gap), y: height - bh, width: bar, height: bh, rx: 1, class: c === 0 ? 'spark-zero' : 'spark-bar' },
        s('title', {}, `${days[i].day}: ${c}`));
    }));
}
