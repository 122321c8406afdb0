import { request } from './api.js';

// Keys are opaque to the page, so the role is learnt by asking an admin-only route.
// 'unknown' (API down, odd status) shows everything and lets the API refuse;
// 'none' means the key (or its absence) opens nothing.
let role = 'unknown';

export function currentRole() {
  return role;
}

export async function detectRole() {
  try {
    await request('subscriptions');
    role = 'admin';
  } catch (err) {
    role = err?.status === 401 || err?.status === 403 ? await readerOrNone() : 'unknown';
  }
  return role;
}

// A refused admin route means "reader" only if a reader route opens; otherwise the key is wrong.
async function readerOrNone() {
  try {
    await request('health');
    return 'reader';
  } catch (err) {
    return err?.status === 401 ? 'none' : 'reader';
  }
}
