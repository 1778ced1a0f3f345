// How a process owner reads on screen.
import type { TFunction } from 'i18next';
import type { ProcessOwner } from './api';

export function ownerLabel(t: TFunction, owner: ProcessOwner | null): string {
  if (!owner) return t('processes.owner.none');
  return owner.kind === 'unit' ? t('processes.owner.unit', { name: owner.name }) : t('processes.owner.staff', { name: owner.name });
}

/** The owner alone, for places where a label "Verantwortlich" already stands before it. */
export function ownerName(t: TFunction, owner: ProcessOwner | null): string {
  if (!owner) return t('processes.owner.none');
  return owner.kind === 'unit' ? owner.name : t('processes.owner.staffShort', { name: owner.name });
}
