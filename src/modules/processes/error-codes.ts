// Error codes of the process map (documented in docs/errors/processes.md).
export const processesErrorCodes = {
  PROCESS_BPMN_INVALID: { status: 400, de: 'Die Datei ist kein gültiges BPMN-2.0-Modell. Details nennen das erste Problem.', en: 'The file is not a valid BPMN 2.0 model. The details name the first problem.' },
  PROCESS_BPMN_DOCTYPE_FORBIDDEN: { status: 400, de: 'BPMN-Dateien mit DOCTYPE- oder ENTITY-Deklarationen werden aus Sicherheitsgründen nicht verarbeitet.', en: 'BPMN files with DOCTYPE or ENTITY declarations are not processed, for security reasons.' },
  PROCESS_BPMN_TOO_LARGE: { status: 413, de: 'Das BPMN-Modell ist zu groß (höchstens 512 KiB).', en: 'The BPMN model is too large (at most 512 KiB).' },
  PROCESS_MODEL_MISSING: { status: 404, de: 'Zu dieser Version des Prozesses gibt es kein BPMN-Modell.', en: 'This version of the process has no BPMN model.' },
  PROCESS_VERSION_NOT_FOUND: { status: 404, de: 'Diese Version des Prozesses gibt es nicht.', en: 'This version of the process does not exist.' },
  PROCESS_VERSION_CONFLICT: { status: 409, de: 'Der Prozess wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung erneut vornehmen.', en: 'Someone else changed the process meanwhile. Please reload and make your change again.' },
  PROCESS_TITLE_TAKEN: { status: 409, de: 'Es gibt bereits einen Prozess mit diesem Titel.', en: 'A process with this title already exists.' },
  PROCESS_GROUP_NAME_TAKEN: { status: 409, de: 'Es gibt bereits einen Leistungsbereich mit diesem Namen.', en: 'A service area with this name already exists.' },
  PROCESS_UNKNOWN_GROUP: { status: 400, de: 'Den gewählten Leistungsbereich gibt es nicht.', en: 'The selected service area does not exist.' },
  PROCESS_UNKNOWN_OWNER: { status: 400, de: 'Die gewählte Organisationseinheit oder Person als Prozessverantwortliche gibt es nicht.', en: 'The selected owning unit or staff member does not exist.' },
  PROCESS_OWNER_AMBIGUOUS: { status: 400, de: 'Verantwortlich ist entweder eine Organisationseinheit oder eine Person, nicht beides.', en: 'The owner is either a unit or a staff member, not both.' },
  PROCESS_UNKNOWN_CONCERN: { status: 400, de: 'Eines der verknüpften Anliegen gibt es nicht.', en: 'One of the linked concerns does not exist.' },
  PROCESS_UNKNOWN_ARTICLE: { status: 400, de: 'Einer der verknüpften Wissensartikel gibt es nicht.', en: 'One of the linked knowledge articles does not exist.' },
  PROCESS_NOT_OWNER: { status: 403, de: 'Diesen Prozess dürfen nur die Administration und die Leitung der verantwortlichen Einheit ändern.', en: 'Only administrators and the lead of the owning unit may change this process.' },
} as const;
