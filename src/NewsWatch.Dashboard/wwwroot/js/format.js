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

// The API takes instants; the UI shows whole days, and "until" includes its day.
export function dayStart(day) {
  return /^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ? `${day}T00:00:00Z` : null;
}

export function dayAfter(day) {
  if (!dayStart(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return `${d.toISOString().slice(0, 10)}T00:00:00Z`;
}

export function safeLink(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch { return null; }
}
