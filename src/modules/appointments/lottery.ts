import { createHmac, randomBytes } from 'node:crypto';

// The draw for scarce releases. Every verified request gets a rank from an
// HMAC of the request id under a seed drawn from the operating system's
// cryptographic random source after requests have closed; slots go in order
// of their start to the best ranks. Speed of the request does not matter,
// and publishing the seed lets anyone recompute the allocation.

export function newDrawSeed(): string {
  return randomBytes(32).toString('hex');
}

export function rankOf(seed: string, requestId: string): string {
  return createHmac('sha256', Buffer.from(seed, 'hex')).update(requestId).digest('hex');
}

/** Pairs of (requestId, slotId); each slot and each request at most once. */
export function allocateDraw(seed: string, requestIds: readonly string[], slotIdsInOrder: readonly string[]): Array<{ requestId: string; slotId: string }> {
  const unique = [...new Set(requestIds)];
  const ranked = unique.map((id) => ({ id, rank: rankOf(seed, id) })).sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const slots = [...new Set(slotIdsInOrder)];
  return ranked.slice(0, slots.length).map((request, index) => ({ requestId: request.id, slotId: slots[index] as string }));
}
