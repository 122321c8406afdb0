import { getJson } from './api.js';
import { relTime } from './format.js';

// A one-line system summary in the header; silent when the API does not answer.
export async function refreshHealthLine() {
  const el = document.getElementById('health-line');
  if (!el) return;
  try {
    const health = await getJson('health');
    const failing = health?.failingFeeds?.count ?? 0;
    const parts = [`Service ${health?.status ?? 'unknown'}`];
    if (health?.lastPollAt) parts.push(`last poll ${relTime(health.lastPollAt)}`);
    parts.push(failing ? `${failing} failing feed${failing === 1 ? '' : 's'}` : 'all feeds polling');
    el.textContent = parts.join(' · ');
    el.dataset.state = failing || health?.status !== 'healthy' ? 'warn' : 'ok';
  } catch {
    el.textContent = '';
    delete el.dataset.state;
  }
}
