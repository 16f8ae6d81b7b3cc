import type { i18n } from 'i18next';
import type restify from 'restify';
import { z } from 'zod/v4';
import type { CaseMessage, HandoverCase } from '../handover/model.js';
import type { HandoverService } from '../handover/service.js';
import { summaryLines } from '../handover/summary.js';
import { translatorFor } from '../i18n/i18n.js';
import type { RouteRegistrar } from '../server.js';
import { staffAuthorized, type StaffAuthDeps } from './auth.js';
import { REACH_EVENTS, recentWeeks, type ReachCounter } from './reach.js';

export interface HandoversApiDeps extends StaffAuthDeps {
  service: HandoverService;
  reach: ReachCounter;
  i18n: i18n;
}

const CaseId = z.string().regex(/^[0-9a-f-]{36}$/);
/** Who acts in the console: the name they typed at sign-in (one shared token, so the name says who). */
const StaffName = z.string().trim().min(1).max(80);
const ActBody = z.object({ name: StaffName }).strict();
const MessageBody = z.object({ name: StaffName, text: z.string().trim().min(1).max(2_000) }).strict();
const AfterQuery = z.object({ after: z.coerce.number().int().min(0).max(100_000).default(0) }).strict();
const WeeksQuery = z.object({ weeks: z.coerce.number().int().min(1).max(104).default(12) }).strict();

/** A case as the console shows it: the summary in words, no conversation reference or user key. */
export interface CaseView {
  id: string;
  mode: HandoverCase['mode'];
  state: HandoverCase['state'];
  reason: HandoverCase['summary']['reason'];
  createdAt: string;
  takenBy?: string;
  /** Place in the chat queue (waiting chats only). */
  position?: number;
  /** Who handed the chat back, when it waits again after a colleague had it. */
  handedBackBy?: string;
  /** The person closed the chat page: a waiting chat no longer waits and cannot be taken. */
  left?: true;
  /** A person who left: the last phone number they typed, to call back (see HandoverService.typedPhone). */
  typedPhone?: string;
  summary: string[];
  contact: HandoverCase['summary']['contact'];
  /**
   * A waiting chat: what the person wrote since they asked for someone, so that staff read it
   * before anyone takes the case (a taken chat has its own messages call).
   */
  messages?: CaseMessage[];
}

/**
 * The console's API and GET /api/staff/handovers, with `Authorization: Bearer <STAFF_TOKEN>`.
 * Cases carry personal data (what people typed, a phone number): only for staff, never logged.
 *
 * - GET  /api/staff/handovers: open cases (waiting and taken chats, call-back requests) with their summary;
 *   a waiting chat with what the person wrote while waiting
 * - GET  /api/staff/handovers/:id: one case with its transcript and relayed messages
 * - GET  /api/staff/handovers/:id/messages?after=n: the case's state (closedBy, left) and messages after number n (the console polls)
 * - POST /api/staff/handovers/:id/take {name}: 409 when someone else was first, or the person left
 * - POST /api/staff/handovers/:id/messages {name, text}: to the user, on their channel
 * - POST /api/staff/handovers/:id/handback {name}: a taken chat waits again, first in line (409 when not taken)
 * - POST /api/staff/handovers/:id/close {name}
 * - GET  /api/staff/reach?weeks=12: anonymous weekly counts
 */
export function handoversRoutes(deps: HandoversApiDeps): RouteRegistrar {
  const t = translatorFor(deps.i18n, 'nl');
  const { service } = deps;

  const view = (c: HandoverCase, queue: string[]): CaseView => {
    const position = queue.indexOf(c.id);
    return {
      id: c.id,
      mode: c.mode,
      state: c.state,
      reason: c.summary.reason,
      createdAt: c.createdAt,
      ...(c.takenBy && { takenBy: c.takenBy.name }),
      ...(position >= 0 && { position: position + 1 }),
      ...(c.leftAt && { left: true as const }),
      ...(c.state === 'waiting' && c.handedBackBy && { handedBackBy: c.handedBackBy.name }),
      summary: summaryLines(c, t),
      contact: c.summary.contact,
    };
  };

  /** Reads and checks `:id`; answers 404 itself when it is not a case. */
  const caseOf = async (req: restify.Request, res: restify.Response): Promise<HandoverCase | undefined> => {
    const id = CaseId.safeParse(req.params?.id);
    const found = id.success ? await service.deps.store.get(id.data) : undefined;
    if (!found) res.send(404, { error: 'no such case' });
    return found;
  };

  // Returns nothing: a handler that returns a value makes restify log it, the whole response with it.
  const invalid = (res: restify.Response, error: z.ZodError): void => {
    res.send(400, { error: 'invalid request', problems: error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`) });
  };

  const messagesOf = async (id: string, after = 0): Promise<CaseMessage[]> => service.deps.store.messages(id, after);

  return (server: restify.Server) => {
    server.get('/api/staff/handovers', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const [open, queue] = await Promise.all([service.deps.store.listOpen(), service.deps.store.queue()]);
      const cases = await Promise.all(
        open.map(async (c) => {
          if (c.state !== 'waiting') return view(c, queue);
          const phone = c.leftAt ? await service.typedPhone(c) : undefined;
          return { ...view(c, queue), messages: await messagesOf(c.id), ...(phone && { typedPhone: phone }) };
        }),
      );
      res.send(200, { count: open.length, cases });
      deps.logger.info('staff api: handovers listed', { count: open.length });
    });

    server.get('/api/staff/handovers/:id', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const found = await caseOf(req, res);
      if (!found) return;
      const queue = await service.deps.store.queue();
      res.send(200, { ...view(found, queue), transcript: found.transcript, messages: await messagesOf(found.id) });
    });

    server.get('/api/staff/handovers/:id/messages', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const query = AfterQuery.safeParse(req.query ?? {});
      if (!query.success) return invalid(res, query.error);
      const found = await caseOf(req, res);
      if (!found) return;
      // Who closed it ('user', 'staff', 'hub'): the console tells a staff member mid-chat that the person left.
      res.send(200, {
        state: found.state,
        ...(found.closedBy && { closedBy: found.closedBy.kind }),
        ...(found.leftAt && found.state !== 'closed' && { left: true }),
        messages: await messagesOf(found.id, query.data.after),
      });
    });

    server.post('/api/staff/handovers/:id/take', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const body = ActBody.safeParse(req.body ?? {});
      if (!body.success) return invalid(res, body.error);
      const found = await caseOf(req, res);
      if (!found) return;
      const result = await service.take(found.id, consoleActor(body.data.name));
      if (result.ok) {
        res.send(200, view(result.case, await service.deps.store.queue()));
        return;
      }
      res.send(409, { error: result.reason, ...(result.case?.takenBy && { takenBy: result.case.takenBy.name }) });
    });

    server.post('/api/staff/handovers/:id/messages', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const body = MessageBody.safeParse(req.body ?? {});
      if (!body.success) return invalid(res, body.error);
      const found = await caseOf(req, res);
      if (!found) return;
      const outcome = await service.staffMessage(found.id, consoleActor(body.data.name), body.data.text);
      res.send(outcome === 'sent' ? 200 : 409, outcome === 'sent' ? { status: outcome } : { error: outcome });
    });

    server.post('/api/staff/handovers/:id/handback', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const body = ActBody.safeParse(req.body ?? {});
      if (!body.success) return invalid(res, body.error);
      const found = await caseOf(req, res);
      if (!found) return;
      const back = await service.handBack(found.id, consoleActor(body.data.name));
      if (back) res.send(200, view(back, await service.deps.store.queue()));
      else res.send(409, { error: found.state === 'closed' ? 'closed' : 'not_taken' });
    });

    server.post('/api/staff/handovers/:id/close', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const body = ActBody.safeParse(req.body ?? {});
      if (!body.success) return invalid(res, body.error);
      const found = await caseOf(req, res);
      if (!found) return;
      const closed = await service.close(found.id, consoleActor(body.data.name));
      if (closed) res.send(200, view(closed, []));
      else res.send(409, { error: 'closed' });
    });

    server.get('/api/staff/reach', async (req, res) => {
      if (!staffAuthorized(req, res, deps)) return;
      const query = WeeksQuery.safeParse(req.query ?? {});
      if (!query.success) return invalid(res, query.error);
      res.send(200, {
        events: REACH_EVENTS,
        weeks: recentWeeks(service.deps.clock.now(), query.data.weeks),
        counts: await deps.reach.counts(query.data.weeks),
      });
    });
  };
}

function consoleActor(name: string) {
  return { kind: 'staff' as const, id: `console:${name}`, name };
}
