// Messages for the user. Errors use role="alert" so screen readers announce
// them at once; confirmations use role="status", which waits its turn.
import { useErrorText } from './useErrorText';

export function ErrorAlert({ error }: { error: unknown }) {
  const errorText = useErrorText();
  if (error === null || error === undefined) return null;
  return (
    <div role="alert" className="alert alert-error">
      {errorText(error)}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}

export function StatusMessage({ message }: { message: string | null }) {
  // The live region stays in the DOM so that changes to it are announced.
  return (
    <div role="status" className={message ? 'alert alert-success' : 'visually-hidden'}>
      {message}
    </div>
  );
}
