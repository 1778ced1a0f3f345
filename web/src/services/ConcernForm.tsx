// Create or edit one concern: how it is reached, who serves it where, and
// its texts, one language at a time (German first, the others as far as
// they are translated).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { LANGUAGE_NAMES, isLanguage } from '../i18n';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { CHANNELS, TEXT_LANGUAGES, saveConcern, type Concern, type Location } from './api';
import { draftOf, emptyTexts, inputOf, type ConcernDraft, type TextsDraft } from './concern-draft';
import { TextArea } from './TextArea';

interface Props {
  concern?: Concern;
  units: Unit[];
  locations: Location[];
  onSaved: (concern: Concern) => void;
  onCancel: () => void;
}

const RTL = new Set(['ar', 'fa']);
const languageName = (language: string) => (isLanguage(language) ? LANGUAGE_NAMES[language] : language);

export function ConcernForm({ concern, units, locations, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const ids = { channel: useId(), unit: useId(), language: useId(), active: useId() };
  const [draft, setDraft] = useState<ConcernDraft>(() => draftOf(concern));
  const [language, setLanguage] = useState<string>('de');
  const [titleError, setTitleError] = useState<string | null>(null);
  const submission = useSubmission();

  const set = <K extends keyof ConcernDraft>(key: K, value: ConcernDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const texts = draft.texts[language] ?? emptyTexts();
  const setText = (key: keyof TextsDraft, value: string) =>
    setDraft((d) => ({ ...d, texts: { ...d.texts, [language]: { ...(d.texts[language] ?? emptyTexts()), [key]: value } } }));
  const textDir = RTL.has(language) ? 'rtl' : 'ltr';
  const textProps = { dir: textDir, lang: language } as const;

  const submit = async () => {
    const german = draft.texts.de;
    if (!german?.title.trim() || !german.description.trim()) {
      setLanguage('de');
      setTitleError(t('services.germanRequired'));
      return;
    }
    setTitleError(null);
    await submission.run(async () => onSaved(await saveConcern(inputOf(draft), concern?.id)));
  };

  return (
    <FormSection
      heading={concern ? t('services.editHeading', { title: concern.title }) : t('services.createHeading')}
      focusHeading
      error={submission.error}
      busy={submission.busy}
      submitLabel={concern ? t('common.save') : t('services.create')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={ids.channel}>{t('services.channel')}</label>
        <select id={ids.channel} value={draft.channel} onChange={(e) => set('channel', e.target.value as ConcernDraft['channel'])}>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`services.channels.${channel}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.unit}>{t('services.unit')}</label>
        <select id={ids.unit} value={draft.responsibleUnitId} onChange={(e) => set('responsibleUnitId', e.target.value)}>
          <option value="">{t('services.noUnit')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      <CheckboxGroup
        legend={t('services.locations')}
        options={locations.map((location) => ({ value: location.id, label: location.name, hint: location.address }))}
        selected={draft.locationIds}
        onChange={(selected) => set('locationIds', selected)}
        emptyText={t('services.noLocations')}
      />
      <TextField label={t('services.duration')} type="number" min={1} max={600} inputMode="numeric" value={draft.durationMinutes} onChange={(v) => set('durationMinutes', v)} />
      <TextField label={t('services.leikaKey')} hint={t('services.leikaHint')} inputMode="numeric" autoComplete="off" value={draft.leikaKey} onChange={(v) => set('leikaKey', v)} />
      <TextArea label={t('services.forms')} hint={t('services.formsHint')} value={draft.forms} onChange={(v) => set('forms', v)} />
      <div className="checkbox">
        <input id={ids.active} type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} />
        <label htmlFor={ids.active}>{t('services.active')}</label>
      </div>

      <fieldset className="services-texts">
        <legend>{t('services.texts')}</legend>
        <div className="field">
          <label htmlFor={ids.language}>{t('services.textLanguage')}</label>
          <select id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value)}>
            {TEXT_LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {languageName(lng)}
                {draft.texts[lng]?.title.trim() ? ' ✓' : ''}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('services.columnTitle')} value={texts.title} onChange={(v) => setText('title', v)} error={language === 'de' ? titleError : null} {...textProps} />
        <TextArea label={t('services.description')} value={texts.description} onChange={(v) => setText('description', v)} rows={4} {...textProps} />
        <TextArea label={t('services.prerequisites')} hint={t('services.onePerLine')} value={texts.prerequisites} onChange={(v) => setText('prerequisites', v)} {...textProps} />
        <TextArea label={t('services.documents')} hint={t('services.onePerLine')} value={texts.documents} onChange={(v) => setText('documents', v)} rows={5} {...textProps} />
        <TextField label={t('services.fees')} value={texts.fees} onChange={(v) => setText('fees', v)} {...textProps} />
        <TextArea label={t('services.accessNote')} hint={t('services.accessNoteHint')} value={texts.accessNote} onChange={(v) => setText('accessNote', v)} {...textProps} />
      </fieldset>
    </FormSection>
  );
}
