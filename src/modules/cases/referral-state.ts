import { AppError } from '../../platform/errors/index.js';
import type { ReferralState } from './tables.js';

// The referral state machine. A referral is always in exactly one state; the
// receiving unit accepts or returns it, an accepted one is completed.

export type ReferralAction = 'accept' | 'return' | 'complete';

const transitions: Record<ReferralState, Partial<Record<ReferralAction, ReferralState>>> = {
  open: { accept: 'accepted', return: 'returned' },
  accepted: { complete: 'completed' },
  returned: {},
  completed: {},
};

export function nextReferralState(state: ReferralState, action: ReferralAction): ReferralState {
  const next = transitions[state][action];
  if (!next) throw new AppError('REFERRAL_TRANSITION_INVALID', `${action} from ${state}`, { state, action });
  return next;
}

/** A referral not yet done (open or accepted) past its due day is overdue; `today` is the local calendar day. */
export function isOverdue(referral: { state: ReferralState; dueDate: string }, today: string): boolean {
  return (referral.state === 'open' || referral.state === 'accepted') && referral.dueDate < today;
}
