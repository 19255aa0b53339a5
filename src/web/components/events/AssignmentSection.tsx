import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { type MatchmakingEvent, matchmakingEvents, type Proposal, type ProposalPair } from "../../api/events";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { DataTable } from "../DataTable";
import { formatDateTime } from "../format";
import { LiveStatus } from "../LiveStatus";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import { canRunAssignment } from "./eventWindow";
import "./events.css";

interface AssignmentSectionProps {
  event: MatchmakingEvent;
  /** The event's status changed (proposed, published): the page reloads it. */
  onEventChanged: () => void;
}

/**
 * Run the assignment, review the proposal with its figures, leave pairs out, and publish once after a
 * confirmation. The young people left without a seat are listed for follow-up.
 */
export function AssignmentSection({ event, onEventChanged }: AssignmentSectionProps) {
  const { t, i18n } = useTranslation();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [loading, setLoading] = useState(event.status === "proposed" || event.status === "published");
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ranNotice, setRanNotice] = useState(false);
  const hasProposal = event.status === "proposed" || event.status === "published";

  useEffect(() => {
    if (!hasProposal) return;
    let cancelled = false;
    setLoading(true);
    matchmakingEvents.assignment(event.id).then(
      (found) => {
        if (cancelled) return;
        setProposal(found);
        setLoading(false);
      },
      (failure: unknown) => {
        if (cancelled) return;
        if (!(failure instanceof ProblemError && failure.status === 404)) setError(failure);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [event.id, hasProposal]);

  async function run(): Promise<void> {
    setRunning(true);
    setError(null);
    setRanNotice(false);
    try {
      setProposal(await matchmakingEvents.runAssignment(event.id));
      setRanNotice(true);
      onEventChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
    }
  }

  const published = event.status === "published" || proposal?.status === "published";
  const runnable = canRunAssignment(event) && !published;

  return (
    <section className="nx-section" aria-labelledby="assignment-heading" aria-busy={running || undefined}>
      <h2 id="assignment-heading">{t("events.assignment.heading")}</h2>
      <p>{t("events.assignment.intro")}</p>
      {!published && !runnable ? (
        <p className="nx-strong">
          {t("events.assignment.waitForWindow", {
            closes: formatDateTime(event.rankingClosesAt, i18n.language),
          })}
        </p>
      ) : null}
      {!published && runnable ? (
        <>
          {proposal ? <p>{t("events.assignment.rerunNote")}</p> : null}
          <p>
            <button
              type="button"
              className="button button-primary nx-big-button"
              onClick={() => void run()}
              disabled={running}
            >
              {proposal ? t("events.assignment.rerun") : t("events.assignment.run")}
            </button>
          </p>
        </>
      ) : null}
      {running ? <Loading text={t("events.assignment.running")} /> : null}
      {error ? (
        <Alert variant="error">
          {problemMessage(error, t, { conflict: t("events.assignment.conflict") })}
        </Alert>
      ) : null}
      {ranNotice && !running ? (
        <Alert variant="success" focus>
          {t("events.assignment.ran")}
        </Alert>
      ) : null}
      {loading ? <Loading /> : null}
      {!loading && !proposal && !running && runnable ? <p>{t("events.assignment.none")}</p> : null}
      {proposal && !running ? (
        <ProposalView
          eventId={event.id}
          proposal={proposal}
          published={published}
          onChange={setProposal}
          onPublished={(done) => {
            setProposal(done);
            onEventChanged();
          }}
        />
      ) : null}
    </section>
  );
}

interface ProposalViewProps {
  eventId: string;
  proposal: Proposal;
  published: boolean;
  onChange: (proposal: Proposal) => void;
  onPublished: (proposal: Proposal) => void;
}

function ProposalView({ eventId, proposal, published, onChange, onPublished }: ProposalViewProps) {
  const { t, i18n } = useTranslation();
  const pairsHeadingId = useId();
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [toggleError, setToggleError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<unknown>(null);
  const { summary } = proposal;
  const number = (value: number) => value.toLocaleString(i18n.language);
  const later = summary.byChoice.slice(3).reduce((sum, count) => sum + count, 0);
  const toBeMatched = proposal.pairs.filter((pair) => !pair.leftOut).length;

  /**
   * The box shows the new state at once and the server's proposal replaces it when it answers; on a
   * failure the box goes back. It is never disabled meanwhile, as that would take the keyboard focus.
   */
  async function setLeftOut(pair: ProposalPair, leftOut: boolean): Promise<void> {
    if (pending.has(pair.youthId)) return;
    setPending((current) => new Set(current).add(pair.youthId));
    setToggleError(null);
    onChange(withLeftOut(proposal, pair.youthId, leftOut));
    try {
      onChange(await matchmakingEvents.setLeftOut(eventId, pair.youthId, leftOut));
      setAnnouncement(
        t(leftOut ? "events.assignment.leftOutDone" : "events.assignment.includedDone", {
          name: pair.youthName,
        }),
      );
    } catch (failure) {
      onChange(withLeftOut(proposal, pair.youthId, pair.leftOut));
      setToggleError(failure);
    } finally {
      setPending((current) => {
        const next = new Set(current);
        next.delete(pair.youthId);
        return next;
      });
    }
  }

  async function publish(): Promise<void> {
    setPublishing(true);
    setPublishError(null);
    try {
      const done = await matchmakingEvents.publish(eventId);
      setConfirming(false);
      onPublished(done);
    } catch (failure) {
      setPublishError(failure);
    } finally {
      setPublishing(false);
    }
  }

  const figures: { key: string; value: number; label: string }[] = [
    { key: "first", value: summary.byChoice[0] ?? 0, label: t("events.assignment.figures.first") },
    { key: "second", value: summary.byChoice[1] ?? 0, label: t("events.assignment.figures.second") },
    { key: "third", value: summary.byChoice[2] ?? 0, label: t("events.assignment.figures.third") },
    { key: "later", value: later, label: t("events.assignment.figures.later") },
    { key: "unassigned", value: summary.unassigned, label: t("events.assignment.figures.unassigned") },
    { key: "freeSeats", value: summary.freeSeats, label: t("events.assignment.figures.freeSeats") },
    { key: "leftOut", value: summary.leftOut, label: t("events.assignment.figures.leftOut") },
  ];

  return (
    <>
      <LiveStatus text={announcement} />
      {published && proposal.publishedAt ? (
        <Alert variant="success" heading={t("events.assignment.publishedHeading")}>
          {t("events.assignment.published", {
            at: formatDateTime(proposal.publishedAt, i18n.language),
            count: toBeMatched,
          })}
        </Alert>
      ) : null}
      {proposal.proposedAt ? (
        <p className="nx-muted">
          {t("events.assignment.proposedAt", { at: formatDateTime(proposal.proposedAt, i18n.language) })}
        </p>
      ) : null}
      <h3 id="figures-heading">{t("events.assignment.figuresHeading")}</h3>
      <p>{t("events.assignment.assignedOf", { count: summary.assigned })}</p>
      <ul className="nx-figures nobullet-list" aria-labelledby="figures-heading">
        {figures.map((figure) => (
          <li key={figure.key}>
            <span className="nx-figure-value">{number(figure.value)}</span> <span>{figure.label}</span>
          </li>
        ))}
      </ul>

      <h3 id={pairsHeadingId}>{t("events.assignment.pairsHeading", { count: proposal.pairs.length })}</h3>
      {!published ? <p>{t("events.assignment.leaveOutIntro")}</p> : null}
      {toggleError ? <Alert variant="error">{problemMessage(toggleError, t)}</Alert> : null}
      {proposal.pairs.length === 0 ? (
        <p>{t("events.assignment.noPairs")}</p>
      ) : (
        <DataTable labelledBy={pairsHeadingId}>
          <thead>
            <tr>
              <th scope="col">{t("events.assignment.columns.youth")}</th>
              <th scope="col">{t("events.assignment.columns.opening")}</th>
              <th scope="col">{t("events.assignment.columns.company")}</th>
              <th scope="col">{t("events.assignment.columns.choice")}</th>
              <th scope="col">
                {published ? t("events.assignment.columns.result") : t("events.assignment.columns.leaveOut")}
              </th>
            </tr>
          </thead>
          <tbody>
            {proposal.pairs.map((pair) => (
              <tr key={pair.youthId}>
                <td data-title={t("events.assignment.columns.youth")}>{pair.youthName}</td>
                <td data-title={t("events.assignment.columns.opening")}>{pair.openingTitle}</td>
                <td data-title={t("events.assignment.columns.company")}>{pair.companyName}</td>
                <td data-title={t("events.assignment.columns.choice")}>
                  {t("events.assignment.choiceValue", { choice: pair.choice })}
                </td>
                <td
                  data-title={
                    published
                      ? t("events.assignment.columns.result")
                      : t("events.assignment.columns.leaveOut")
                  }
                >
                  {published ? (
                    pair.leftOut ? (
                      t("events.assignment.leftOut")
                    ) : (
                      t("events.assignment.matched")
                    )
                  ) : (
                    <div className="form-group-checkbox">
                      <input
                        id={`leave-out-${pair.youthId}`}
                        type="checkbox"
                        className="form-checkbox"
                        checked={pair.leftOut}
                        onChange={(change) => void setLeftOut(pair, change.target.checked)}
                      />
                      <label htmlFor={`leave-out-${pair.youthId}`} className="form-label">
                        {t("events.assignment.leaveOut")}
                        <span className="sr-only">
                          {" "}
                          {t("events.assignment.leaveOutWhom", {
                            name: pair.youthName,
                            opening: pair.openingTitle,
                          })}
                        </span>
                      </label>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <h3 id="unassigned-heading">
        {t("events.assignment.unassignedHeading", { count: proposal.unassigned.length })}
      </h3>
      {proposal.unassigned.length === 0 ? (
        <p>{t("events.assignment.unassignedEmpty")}</p>
      ) : (
        <>
          <p>{t("events.assignment.unassignedIntro")}</p>
          <ul aria-labelledby="unassigned-heading">
            {proposal.unassigned.map((young) => (
              <li key={young.youthId}>{young.youthName}</li>
            ))}
          </ul>
        </>
      )}

      {!published ? (
        <div className="nx-section">
          <h3>{t("events.assignment.publishHeading")}</h3>
          <p>{t("events.assignment.publishIntro", { count: toBeMatched })}</p>
          {!confirming ? (
            <button
              type="button"
              id="publish-proposal"
              className="button button-primary nx-big-button"
              onClick={() => setConfirming(true)}
            >
              {t("events.assignment.publish")}
            </button>
          ) : (
            <ConfirmPanel
              heading={t("events.assignment.confirmHeading")}
              confirmLabel={t("events.assignment.confirm")}
              cancelLabel={t("events.assignment.keep")}
              busy={publishing}
              onConfirm={() => void publish()}
              onCancel={() => {
                setConfirming(false);
                setPublishError(null);
                requestAnimationFrame(() => document.getElementById("publish-proposal")?.focus());
              }}
            >
              {publishError ? (
                <Alert variant="error">
                  {problemMessage(publishError, t, { conflict: t("events.assignment.publishConflict") })}
                </Alert>
              ) : null}
              <p>{t("events.assignment.confirmText", { count: toBeMatched })}</p>
            </ConfirmPanel>
          )}
        </div>
      ) : null}
    </>
  );
}

/** The proposal with one pair's leftOut set, its figure counted again. */
function withLeftOut(proposal: Proposal, youthId: string, leftOut: boolean): Proposal {
  const pairs = proposal.pairs.map((pair) => (pair.youthId === youthId ? { ...pair, leftOut } : pair));
  return {
    ...proposal,
    pairs,
    summary: { ...proposal.summary, leftOut: pairs.filter((pair) => pair.leftOut).length },
  };
}
