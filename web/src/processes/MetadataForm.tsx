// Title, description, service area and owner of a process; saving writes a
// new version with the change note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { loadEditOptions, updateProcess, type ProcessDetail } from './api';
import { OwnerSelect, ownerFromValue, ownerValue, SelectField } from './OwnerSelect';
import { TextArea } from './TextArea';

export function MetadataForm({ process, onSaved, onCancel }: { process: ProcessDetail; onSaved: (version: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const options = useLoad((signal) => loadEditOptions(signal), []);
  const submission = useSubmission();
  const [title, setTitle] = useState(process.title);
  const [description, setDescription] = useState(process.description);
  const [groupId, setGroupId] = useState(process.group.id);
  const initialOwner = ownerValue({ ownerUnitId: process.owner?.kind === 'unit' ? process.owner.id : null, ownerStaffId: process.owner?.kind === 'staff' ? process.owner.id : null });
  const [owner, setOwner] = useState(initialOwner);
  const [changeNote, setChangeNote] = useState('');

  const save = () =>
    submission.run(async () => {
      const saved = await updateProcess(process.id, {
        baseVersion: process.currentVersion, changeNote: changeNote.trim(), title: title.trim(), description: description.trim(), groupId,
        ...(owner !== initialOwner ? ownerFromValue(owner) : {}),
      });
      onSaved(saved.version);
    });

  return (
    <FormSection heading={t('processes.edit.heading')} focusHeading error={submission.error} busy={submission.busy} submitLabel={t('processes.edit.submit')} onSubmit={save} onCancel={onCancel}>
      <ErrorAlert error={options.error} />
      <TextField label={t('processes.fields.title')} value={title} onChange={setTitle} required maxLength={300} />
      <TextArea label={t('processes.fields.description')} value={description} onChange={setDescription} />
      {options.data ? (
        <>
          <SelectField label={t('processes.fields.group')} value={groupId} onChange={setGroupId} choices={options.data.groups} />
          <OwnerSelect options={options.data} value={owner} onChange={setOwner} />
        </>
      ) : null}
      <TextField label={t('processes.fields.changeNote')} hint={t('processes.fields.changeNoteHint')} value={changeNote} onChange={setChangeNote} required maxLength={2000} />
    </FormSection>
  );
}
