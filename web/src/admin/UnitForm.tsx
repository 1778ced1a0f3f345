// Create or edit one organisational unit (name and type).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUnit, updateUnit } from '../api/admin';
import { UNIT_TYPES, type Unit } from '../api/types';
import { FieldError } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLabels } from '../ui/labels';
import { useSubmission } from '../ui/useSubmission';

interface Props {
  /** The unit to edit; absent for a new one. */
  unit?: Unit;
  onSaved: (unit: Unit) => void;
  onCancel?: () => void;
}

export function UnitForm({ unit, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { unitTypeLabel } = useLabels();
  const typeId = useId();
  const [name, setName] = useState(unit?.name ?? '');
  const [type, setType] = useState(unit?.type ?? '');
  const [fieldErrors, setFieldErrors] = useState<{ name?: string; type?: string }>({});
  const submission = useSubmission();

  const submit = async () => {
    const errors: { name?: string; type?: string } = {};
    if (!name.trim()) errors.name = t('validation.nameRequired');
    if (!type) errors.type = t('validation.typeRequired');
    setFieldErrors(errors);
    if (errors.name || errors.type) return;
    await submission.run(async () => {
      const saved = unit
        ? await updateUnit(unit.id, { name: name.trim(), type })
        : await createUnit({ name: name.trim(), type });
      if (!unit) {
        setName('');
        setType('');
      }
      onSaved(saved);
    });
  };

  return (
    <FormSection
      heading={unit ? t('units.editHeading', { name: unit.name }) : t('units.createHeading')}
      focusHeading={Boolean(unit)}
      error={submission.error}
      busy={submission.busy}
      submitLabel={unit ? t('common.save') : t('units.create')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        label={t('units.name')}
        value={name}
        onChange={setName}
        error={fieldErrors.name}
        required
        autoComplete="off"
      />
      <div className="field">
        <label htmlFor={typeId}>{t('units.type')}</label>
        <select
          id={typeId}
          required
          value={type}
          onChange={(e) => setType(e.target.value)}
          aria-invalid={fieldErrors.type ? true : undefined}
          aria-describedby={fieldErrors.type ? `${typeId}-error` : undefined}
        >
          <option value="">{t('common.pleaseChoose')}</option>
          {UNIT_TYPES.map((value) => (
            <option key={value} value={value}>
              {unitTypeLabel(value)}
            </option>
          ))}
        </select>
        <FieldError id={`${typeId}-error`} message={fieldErrors.type ?? null} />
      </div>
    </FormSection>
  );
}
