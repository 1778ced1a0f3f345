-- Tasks started from a process model as a checklist remember where they came
-- from: which process, which version of it, which task of the model and its
-- place in the list, so the file shows the origin in the model's order and a
-- second start of the same checklist can be told apart from the first.

ALTER TABLE case_tasks
  ADD COLUMN source_process_id uuid REFERENCES processes (id),
  ADD COLUMN source_process_version integer,
  ADD COLUMN source_element_id text,
  ADD COLUMN checklist_id uuid,
  -- The task's place in the checklist, so the file lists it in the model's order.
  ADD COLUMN checklist_position integer CHECK (checklist_position >= 1),
  ADD CONSTRAINT case_tasks_source_complete CHECK (
    (source_process_id IS NULL AND source_process_version IS NULL AND source_element_id IS NULL AND checklist_id IS NULL AND checklist_position IS NULL)
    OR (source_process_id IS NOT NULL AND source_process_version IS NOT NULL AND source_element_id IS NOT NULL AND checklist_id IS NOT NULL AND checklist_position IS NOT NULL)
  );

CREATE INDEX case_tasks_checklist ON case_tasks (checklist_id) WHERE checklist_id IS NOT NULL;
