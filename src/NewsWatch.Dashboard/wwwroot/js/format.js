// Times are shown relative ("3 h ago") with the exact instant in <time datetime>
// and a tooltip, in the reader's own time zone.
export function relTime(iso, now = Date.now()) {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const diff = Math.round((now - t) / 1000);
  const abs = Math.abs(diff);
  const unit = abs < 60 ? null
    : abs < 3600 ? [Math.round(abs / 60), 'min']
    : abs < 48 * 3600 ? [Math.round(abs / 3600), 'h']
    : [Math.round(abs / 86400), 'd'];
  if (!unit) return 'just now';
  const text = `${unit[0]} ${unit[1]}`;
  return diff >= 0 ? `${text} ago` : `in ${text}`;
}

const ABS = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
export function absTime(iso) {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : ABS.format(new Date(t));
}

export function timeEl(h, iso, { relative = true } = {}) {
  if (!iso) return h('span', { class: 'muted' }, '—');
  const label = relative ? relTime(iso) : absTime(iso);
  return h('time', { datetime: iso, title: absTime(iso) }, label || iso);
}

// "fr 2 · en 1": the most-covered language first.
export function languageCounts(alert) {
  const counts = new Map();
  const sources = alert.sources?.length ? alert.sources : [{ language: alert.language }];
  for (const s of sources) {
    const lang = (s.language || 'und').toLowerCase();
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function languageSummary(alert) {
  return languageCounts(alert).map(([l, n]) => `${l} ${n}`).join(' · ');
}

// .NET TimeSpan text: "00:05:00", "1.02:00:00".
export function pollEveryText(span) {
  if (!span) return null;
  const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(span);
  if (!m) return span;
  const minutes = (+(m[1] ?? 0)) * 1440 + (+m[2]) * 60 + (+m[3]) + (+m[4]) / 60;
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  if (Number.isInteger(minutes)) return `${minutes} min`;
  return `${Math.round(minutes)} min`;
}

export function hostOf(url) {
  try { return new URL(url).host; } catch { return ''; }
}

export function score(value) {
  return typeof value === 'number' ? value.toFixed(2) : '—';
}

// The API takes instants; the UI shows whole days in the reader's own time zone (as
// every time on the page is), and "until" includes its day. The hash keeps YYYY-MM-DD.
export function dayStart(day) {
  return localMidnight(day, 0);
}

export function dayAfter(day) {
  return localMidnight(day, 1);
}

// Local midnight of the given day plus `offset` days, as an ISO UTC instant ("…Z").
// Going through the local calendar keeps DST days right (23 or 25 hours long).
function localMidnight(day, offset) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2] - 1, +m[3]];
  const date = new Date(y, mo, d);
  // Refuse days that do not exist (2026-02-31) instead of rolling them over.
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return null;
  date.setDate(date.getDate() + offset);
  return date.toISOString();
}

export function safeLink(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch { return null; }
}
