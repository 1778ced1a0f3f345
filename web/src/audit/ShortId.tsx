// Ids in the audit table are UUIDs; in full they break over several lines and
// make every row tall. The first 8 characters are enough to tell rows apart
// at a glance. The full id stays in the tooltip and is what screen readers
// read, so nobody loses information.
const SHOWN = 8;

export function ShortId({ id }: { id: string }) {
  if (id.length <= SHOWN) {
    return (
      <span className="short-id" dir="ltr">
        {id}
      </span>
    );
  }
  return (
    <span className="short-id" dir="ltr" title={id}>
      <span aria-hidden="true">{id.slice(0, SHOWN)}…</span>
      <span className="visually-hidden">{id}</span>
    </span>
  );
}
