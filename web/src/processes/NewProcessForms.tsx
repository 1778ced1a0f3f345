// For editors below the map: a new service area, and a new process in one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { createGroup, createProcess, loadEditOptions, type ProcessGroup } from './api';
import { OwnerSelect, ownerFromValue, SelectField } from './OwnerSelect';
import { processPath } from './paths';
import { TextArea } from './TextArea';

export function NewProcessForms({ groups, onCreated }: { groups: ProcessGroup[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useLoad((signal) => loadEditOptions(signal), []);
  const groupForm = useSubmission();
  const processForm = useSubmission();
  const [groupName, setGroupName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [groupId, setGroupId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');

  const addGroup = () =>
    groupForm.run(async () => {
      const created = await createGroup(groupName.trim());
      setGroupName('');
      setStatus(t('processes.create.groupCreated', { name: created.name }));
      onCreated();
    });

  const addProcess = () =>
    processForm.run(async () => {
      const created = await createProcess({ groupId, title: title.trim(), description: description.trim(), ...ownerFromValue(owner) });
      navigate(processPath(created.id));
    });

  return (
    <>
      <StatusMessage message={status} />
      <FormSection heading={t('processes.create.groupHeading')} error={groupForm.error} busy={groupForm.busy} submitLabel={t('processes.create.groupSubmit')} onSubmit={addGroup}>
        <TextField label={t('processes.fields.groupName')} value={groupName} onChange={setGroupName} required maxLength={200} />
      </FormSection>
      <FormSection heading={t('processes.create.processHeading')} error={processForm.error} busy={processForm.busy} submitLabel={t('processes.create.processSubmit')} onSubmit={addProcess}>
        <ErrorAlert error={options.error} />
        <SelectField label={t('processes.fields.group')} value={groupId} onChange={setGroupId} choices={groups.map((group) => ({ id: group.id, name: group.name }))} />
        <TextField label={t('processes.fields.title')} value={title} onChange={setTitle} required maxLength={300} />
        <TextArea label={t('processes.fields.description')} value={description} onChange={setDescription} />
        {options.data ? <OwnerSelect options={options.data} value={owner} onChange={setOwner} /> : null}
      </FormSection>
    </>
  );
}
