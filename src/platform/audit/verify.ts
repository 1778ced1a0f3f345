import type { Tx } from '../db/index.js';
import { entryHash, GENESIS_HASH } from './chain.js';

export type ChainProblemKind = 'changed' | 'missing' | 'inserted' | 'head_mismatch';

export interface ChainProblem {
  tenantId: string;
  seq: number;
  kind: ChainProblemKind;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  problems: ChainProblem[];
}

const PAGE = 2000;

/**
 * Walks one tenant's chain in order and recomputes every hash. A row whose
 * content no longer matches its hash was changed; a jump in the sequence or
 * a broken link to the previous hash means rows were removed or inserted;
 * a head that does not match the last row means the tail was cut off.
 */
export async function verifyAuditChain(tx: Tx, tenantId: string): Promise<ChainReport> {
  const problems: ChainProblem[] = [];
  let checked = 0;
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let after = 0;
  const report = (seq: number, kind: ChainProblemKind, message: string) => problems.push({ tenantId, seq, kind, message });

  for (;;) {
    const rows = await tx
      .selectFrom('audit_log')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('seq', '>', String(after))
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      checked += 1;
      if (seq > expectedSeq) {
        report(seq, 'missing', `Einträge ${expectedSeq}–${seq - 1} fehlen (entries ${expectedSeq}–${seq - 1} are missing)`);
      } else if (seq < expectedSeq) {
        report(seq, 'inserted', `Eintrag ${seq} steht doppelt oder außer der Reihe (entry ${seq} is duplicated or out of order)`);
      }
      const recomputed = entryHash({
        tenantId: row.tenant_id,
        seq,
        at: row.at,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        personId: row.person_id,
        purpose: row.purpose,
        details: row.details,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) {
        report(seq, 'changed', `Eintrag ${seq} wurde nachträglich verändert (entry ${seq} was altered)`);
      } else if (row.prev_hash !== previousHash && seq === expectedSeq) {
        report(seq, 'inserted', `Eintrag ${seq} ist nicht mit seinem Vorgänger verkettet (entry ${seq} does not link to its predecessor)`);
      }
      previousHash = row.hash;
      expectedSeq = seq + 1;
      after = seq;
    }
    if (rows.length < PAGE) break;
  }

  const head = await tx.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenantId).executeTakeFirst();
  const lastSeq = expectedSeq - 1;
  if (!head) {
    report(lastSeq, 'head_mismatch', 'Der Kettenkopf fehlt (the chain head is missing)');
  } else if (Number(head.seq) !== lastSeq || head.hash !== previousHash) {
    report(Number(head.seq), 'head_mismatch', `Die Kette endet bei ${lastSeq}, der Kopf verweist auf ${head.seq}: Einträge am Ende wurden entfernt oder ersetzt (the tail was removed or replaced)`);
  }
  return { ok: problems.length === 0, checked, problems };
}
