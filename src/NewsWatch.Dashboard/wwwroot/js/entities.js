import { h, hidden } from './dom.js';

// Lowest to highest severity; the badge class follows it and the word is always shown.
export const EVENTS = ['arrival', 'formation', 'resources', 'restructuring', 'departure', 'dissolution'];
export const LANGUAGES = [['en', 'English'], ['fr', 'French'], ['de', 'German'], ['es', 'Spanish'], ['it', 'Italian'], ['pt', 'Portuguese'], ['nl', 'Dutch']];

export function severity(event) {
  const i = EVENTS.indexOf(event);
  return i < 0 ? 0 : i + 1;
}

export function eventBadge(event) {
  const name = event || 'unknown';
  return h('span', {
    class: ['badge', `badge-${EVENTS.includes(name) ? name : 'unknown'}`],
    'data-testid': 'event-badge',
    'data-severity': severity(name),
  }, hidden('Event: '), name);
}

const KINDS = { org: 'Organisation', person: 'Person', team: 'Team' };

// onPick(kind, value) makes org/person chips filter buttons; without it chips are plain text.
export function chips(alert, { onPick, linkFor } = {}) {
  const items = [
    ...(alert.orgs ?? []).map((v) => ['org', v]),
    ...(alert.people ?? []).map((v) => ['person', v]),
    ...(alert.teams ?? []).map((v) => ['team', v]),
  ];
  if (!items.length) return null;
  return h('ul', { class: 'chips', 'aria-label': 'Entities' }, items.map(([kind, value]) => {
    const label = [hidden(`${KINDS[kind]}: `), value];
    const filterable = kind !== 'team';
    let chip;
    if (filterable && onPick) {
      chip = h('button', { type: 'button', class: 'chip', 'data-kind': kind, 'data-value': value, title: `Show stories about ${value}`, onclick: () => onPick(kind, value) }, label);
    } else if (filterable && linkFor) {
      chip = h('a', { class: 'chip', 'data-kind': kind, 'data-value': value, href: linkFor(kind, value), title: `Show stories about ${value}` }, label);
    } else {
      chip = h('span', { class: 'chip', 'data-kind': kind, 'data-value': value }, label);
    }
    return h('li', {}, chip);
  }));
}
