// One select for the owner of a process: a unit or a staff member, or none.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOptions } from './api';

export interface OwnerChoice {
  ownerUnitId: string | null;
  ownerStaffId: string | null;
}

export const ownerValue = (owner: OwnerChoice) =>
  owner.ownerUnitId ? `unit:${owner.ownerUnitId}` : owner.ownerStaffId ? `staff:${owner.ownerStaffId}` : '';

export function ownerFromValue(value: string): OwnerChoice {
  if (value.startsWith('unit:')) return { ownerUnitId: value.slice(5), ownerStaffId: null };
  if (value.startsWith('staff:')) return { ownerUnitId: null, ownerStaffId: value.slice(6) };
  return { ownerUnitId: null, ownerStaffId: null };
}

export function OwnerSelect({ options, value, onChange }: { options: EditOptions; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('processes.fields.owner')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('processes.owner.none')}</option>
        <optgroup label={t('processes.fields.ownerUnits')}>
          {options.units.map((unit) => (
            <option key={unit.id} value={`unit:${unit.id}`}>
              {unit.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('processes.fields.ownerStaff')}>
          {options.staff.map((member) => (
            <option key={member.id} value={`staff:${member.id}`}>
              {member.name}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

export function SelectField({ label, value, onChange, choices }: { label: string; value: string; onChange: (value: string) => void; choices: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.pleaseChoose')}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}
