// The boxed form of the admin pages: heading, what to read before the form
// (e.g. the invitation link just created), the form with its error message,
// and the submit and optional cancel buttons.
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './Alerts';
import { SectionHeading } from './SectionHeading';
import { SubmitButton } from './SubmitButton';

interface Props {
  heading: string;
  /** Move focus to the heading when the form appears, e.g. after "Bearbeiten" in a table row. */
  focusHeading?: boolean;
  aboveForm?: ReactNode;
  error: unknown;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void | Promise<void>;
  onCancel?: () => void;
  children: ReactNode;
}

export function FormSection(props: Props) {
  const { heading, focusHeading = false, aboveForm, error, busy, submitLabel, onSubmit, onCancel, children } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <section className="section form-section">
      <SectionHeading id={headingId} focusOnMount={focusHeading}>
        {heading}
      </SectionHeading>
      {aboveForm}
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert error={error} />
        {children}
        <div className="form-actions">
          <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
          {onCancel ? (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
