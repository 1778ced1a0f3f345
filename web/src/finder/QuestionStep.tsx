// One question of the finder: the answers are large buttons, one per line,
// easy to hit on a phone and reachable with Tab.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinderStep } from './api';
import { Localized } from './Localized';

interface Props {
  question: NonNullable<FinderStep['question']>;
  number: number;
  /** Move focus to the question, after an answer brought the person here. */
  focus: boolean;
  busy: boolean;
  onAnswer: (answerId: string) => void;
}

export function QuestionStep({ question, number, focus, busy, onAnswer }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, question.id]);

  return (
    <section className="finder-question" aria-labelledby={headingId}>
      <p className="finder-progress">{t('finder.questionNumber', { number })}</p>
      <h2 id={headingId} ref={heading} tabIndex={-1} lang={question.text.lang} dir={question.text.dir}>
        {question.text.text}
      </h2>
      {question.hint ? (
        <Localized as="p" className="hint" lang={question.hint.lang} dir={question.hint.dir}>
          {question.hint.text}
        </Localized>
      ) : null}
      <ul className="finder-answers" aria-labelledby={headingId}>
        {question.answers.map((answer) => (
          <li key={answer.id}>
            <button
              type="button"
              className="finder-answer"
              disabled={busy}
              lang={answer.label.lang}
              dir={answer.label.dir}
              onClick={() => onAnswer(answer.id)}
            >
              {answer.label.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
