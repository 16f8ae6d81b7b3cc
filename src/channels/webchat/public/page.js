// Loopbaanbot web chat page: fetches a Direct Line token from this server (never a secret),
// renders the official Web Chat client (minimal bundle) with big, high-contrast defaults, and adds
// two page buttons: "Met iemand praten" and read-aloud (the browser's own speech).
// - The conversation starts (or resumes) over plain HTTP while the Web Chat bundle still loads;
//   Web Chat then only opens the conversation's stream: the first message shows sooner.
// - The conversation survives a reload in the same tab: token and conversation id sit in
//   sessionStorage; the Direct Line reconnect call (GET /conversations/:id?watermark=) gives a
//   stream that replays the history.
// - Replies come over the Direct Line WebSocket stream: nothing polls while the chat is idle.
// - The page follows the conversation's language: every bot message carries its locale.
// - Nothing typed or tapped is lost: without a connection it shows as waiting and goes, in order,
//   once back. A message sent again keeps its clientActivityID; the server takes each id in once.
//   What waits or failed survives a reload in the same tab too (sessionStorage, with the draft): it
//   shows as waiting again and goes with the same clientActivityID, so the bot answers it once.
//   So does a tap on "Met iemand praten" made before Web Chat was there (a slow start).
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('loopbaanbot-config').textContent);
  var languages = config.languages;
  var STORAGE_KEY = 'loopbaanbot.webchat';
  // Direct Line tokens live 30 minutes; directlinejs renews them every 15, and so does this page.
  var REFRESH_MS = 15 * 60 * 1000;
  var PHONE_LAYOUT = '(max-width: 47.99rem), (max-height: 39.99rem)';

  var statusLine = document.getElementById('status');
  var talkButton = document.getElementById('talk-to-person');
  var readButton = document.getElementById('read-aloud');
  var resendButton = document.getElementById('resend');
  var chatFrame = document.getElementById('chat-frame');
  var chatArea = document.getElementById('chat-area');

  var session = readSession();
  var current = session && languages[session.locale] ? session.locale : config.locale;
  // What the status line says follows from these (see statusNow), so a language switch can translate it.
  // The chat could not start at all.
  var fatal = false;
  // The Direct Line stream is open (connectionStatus Online); it was once.
  var streamUp = false;
  var streamWasUp = false;
  // Taps on "Met iemand praten" before Web Chat has loaded: each gets its clientActivityID at the
  // tap, waits over a reload too (sessionStorage, apart from the conversation, which may not have
  // started yet), and goes once Web Chat is there, with that id: the bot answers it once.
  var EARLY_KEY = STORAGE_KEY + '.early';
  var early = readEarly();
  // Messages tapped or typed while the chat cannot send (starting, no internet), in order, and
  // messages sent again: the page posts them itself, one after the other, each with its own
  // clientActivityID. Each shows in the conversation as waiting until the server's copy replaces it.
  var outbox = [];
  var outboxBusy = false;
  // Messages not sent, by clientActivityID, in order: sent again once the chat is back, or with the button.
  var notSent = {};
  // Messages Web Chat is sending, by clientActivityID: what to send again if they fail.
  var posting = {};
  // Messages the server has (by clientActivityID): a failure Web Chat reports later is no failure.
  var arrived = {};
  var shownStatus;
  var directLine;
  var store;
  var webchatElement = document.getElementById('webchat');
  var renderQueued = false;
  var renderedOffline = false;
  var refreshedAt = 0;
  // The latest bot message (its id): the question its answers belong to. Once one of its answers is
  // tapped (or anything is sent), another tap on them is not sent, online or offline, even a quick
  // double tap before Web Chat takes the buttons away.
  var asking;
  var answered;
  // What the bot said since the user's last message, with its language: what "read aloud" reads.
  var botWords = [];
  var speaking = false;

  function texts() {
    return languages[current].texts;
  }

  function localeOf(tag) {
    var primary = String(tag || '')
      .toLowerCase()
      .split(/[-_]/)[0];
    return languages[primary] ? primary : undefined;
  }

  function online() {
    return window.navigator.onLine !== false;
  }

  // The chat can send now: started, the stream open and the browser online.
  function ready() {
    return !!store && streamUp && online();
  }

  function assign(target, source) {
    Object.keys(source).forEach(function (key) {
      target[key] = source[key];
    });
    return target;
  }

  function waitingIds() {
    return outbox.map(function (item) {
      return item.id;
    });
  }

  // No connection: the browser is offline, or the stream dropped.
  function offline() {
    return !online() || (streamWasUp && !streamUp);
  }

  function notSentList() {
    return Object.keys(notSent).map(function (id) {
      return notSent[id];
    });
  }

  // What matters most shows: the chat cannot start; no internet; messages not sent; messages waiting; starting.
  function statusNow() {
    if (fatal) return 'failed';
    if (offline()) return 'offline';
    if (notSentList().length > 0) return 'notSent';
    if (early.length > 0 || outbox.length > 0) return 'waiting';
    return streamWasUp ? '' : 'loading';
  }

  // The status line, with VDAB's number as a link to call; the big resend button under it when messages failed.
  function showStatus() {
    var key = statusNow();
    // Going offline or back changes the status line of waiting messages too.
    if (store && offline() !== renderedOffline) queueRender();
    var t = texts();
    resendButton.hidden = key !== 'notSent';
    resendButton.textContent = t.resend;
    if (shownStatus === current + ':' + key) return;
    shownStatus = current + ':' + key;
    var text = key ? t[key] : '';
    statusLine.setAttribute('data-kind', key || 'none');
    statusLine.textContent = '';
    var at = text && t.phone ? text.indexOf(t.phone) : -1;
    if (at < 0) {
      statusLine.textContent = text;
      return;
    }
    var link = document.createElement('a');
    link.href = 'tel:' + t.phone.replace(/[^\d+]/g, '');
    link.textContent = t.phone;
    statusLine.appendChild(document.createTextNode(text.slice(0, at)));
    statusLine.appendChild(link);
    statusLine.appendChild(document.createTextNode(text.slice(at + t.phone.length)));
  }

  // Sends what waited and, once the chat is back, what failed.
  function flush() {
    if (!ready()) return;
    if (retryOnReturn) resendFailed();
    postNext();
    showStatus();
  }
  var retryOnReturn = false;

  // Every failed message goes again with its own clientActivityID: the server takes each message in
  // once, so one that did arrive (only late) is not answered twice. Its copy on screen stays where
  // it is; the server's copy replaces it (same clientActivityID).
  function resendFailed() {
    retryOnReturn = false;
    var failed = notSent;
    notSent = {};
    var again = Object.keys(failed).map(function (id) {
      return { id: id, activity: failed[id] };
    });
    // Before what waits behind them, but never before the message on its way.
    var head = outboxBusy ? outbox.slice(0, 1) : [];
    outbox = head.concat(again, outbox.slice(head.length));
    queueRender();
  }

  // The message as the server reads it (Web Chat's own copy has fields only the page uses).
  function outgoing(activity) {
    var copy = { type: 'message', text: activity.text, textFormat: 'plain', locale: activity.locale || languages[current].tag };
    if (activity.value !== undefined) copy.value = activity.value;
    copy.from = { id: session.userId, role: 'user' };
    copy.channelData = { clientActivityID: activity.channelData.clientActivityID };
    return copy;
  }

  // Posts the first waiting message; the next one goes once it is in. A failure stops the line,
  // so nothing overtakes it: all that waits is "not sent" until the chat is back or the button.
  function postNext() {
    if (outboxBusy || outbox.length === 0 || !ready()) return;
    var item = outbox[0];
    outboxBusy = true;
    directLine.postActivity(outgoing(item.activity)).subscribe({
      next: function (id) {
        outboxBusy = false;
        // directlinejs says "retry" when the network failed: the message may or may not be in.
        if (id === 'retry') return giveUp();
        outbox.shift();
        settle(item.id);
        postNext();
      },
      error: function () {
        outboxBusy = false;
        giveUp();
      },
    });
  }
  function giveUp() {
    outbox.forEach(function (item) {
      if (!arrived[item.id]) notSent[item.id] = item.activity;
    });
    outbox = [];
    if (!online()) retryOnReturn = true;
    showStatus();
    queueRender();
  }

  // The server has the message: it is no longer waiting or failed.
  function settle(clientActivityID) {
    arrived[clientActivityID] = true;
    delete notSent[clientActivityID];
    delete posting[clientActivityID];
    outbox = outbox.filter(function (item, i) {
      return item.id !== clientActivityID || (i === 0 && outboxBusy);
    });
    queueSave();
    showStatus();
    queueRender();
  }

  // A message typed or tapped while the chat cannot send, or while others still wait: it shows in
  // the conversation at once, marked as waiting, and goes after the ones before it.
  function hold(text) {
    wait({ id: newId(), text: text, locale: languages[current].tag }, new Date());
  }

  function newId() {
    return 'page-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
  }

  // Puts a message in the outbox and shows it in the conversation as waiting.
  function wait(message, when) {
    var activity = {
      type: 'message',
      text: message.text,
      textFormat: 'plain',
      locale: message.locale,
      from: { id: session.userId, role: 'user' },
      channelData: { clientActivityID: message.id },
      timestamp: when.toISOString(),
    };
    if (message.value !== undefined) activity.value = message.value;
    outbox.push({ id: message.id, activity: activity });
    store.dispatch({ type: 'DIRECT_LINE/INCOMING_ACTIVITY', payload: { activity: activity } });
    // The answers go, as when Web Chat sends a message itself: what was chosen shows, as waiting.
    store.dispatch({ type: 'WEB_CHAT/SET_SUGGESTED_ACTIONS', payload: { suggestedActions: [] } });
    queueSave();
    showStatus();
    setTimeout(postNext, 0);
  }

  // What the server may not have yet, in the order it was sent: failed, waiting, on its way in Web Chat.
  function pending() {
    var seen = {};
    var list = [];
    var add = function (id, activity) {
      if (!id || seen[id] || arrived[id] || !activity) return;
      seen[id] = true;
      var message = { id: id, text: activity.text, locale: activity.locale || languages[current].tag };
      if (activity.value !== undefined) message.value = activity.value;
      list.push(message);
    };
    Object.keys(notSent).forEach(function (id) {
      add(id, notSent[id]);
    });
    outbox.forEach(function (item) {
      add(item.id, item.activity);
    });
    Object.keys(posting).forEach(function (id) {
      add(id, posting[id]);
    });
    return list;
  }

  // After a reload: what the server may not have goes again, shown as waiting at the end of the
  // conversation (the history replayed comes before it). A message the server has after all is
  // taken in once: the server's copy replaces the one shown, and its answers are not repeated.
  function restorePending(messages) {
    var now = Date.now();
    var seen = {};
    messages.filter(isMessage).forEach(function (message, i) {
      if (seen[message.id]) return;
      seen[message.id] = true;
      wait(message, new Date(now + i));
    });
  }

  function isMessage(message) {
    return !!message && typeof message.id === 'string' && typeof message.text === 'string';
  }

  // A message to the bot (the page's own button): through Web Chat, or once Web Chat is there.
  function send(action) {
    if (store) {
      store.dispatch(action);
      return;
    }
    early.push({ id: newId(), text: action.payload.text, locale: languages[current].tag });
    saveEarly();
    showStatus();
  }

  // Web Chat draws each message's status line; the page knows better for the messages it sends
  // itself or again: waiting, not sent, or in (the server's copy has an id).
  function activityStatus() {
    return function (next) {
      return function (options) {
        var activity = options.activity;
        var id = activity.channelData && activity.channelData.clientActivityID;
        var state = options.sendState;
        if (id && notSent[id] && !arrived[id]) state = 'send failed';
        else if (id && (arrived[id] || activity.id)) state = 'sent';
        else if (id && waitingIds().indexOf(id) >= 0) state = 'sending';
        return next(state === options.sendState ? options : assign(assign({}, options), { sendState: state }));
      };
    };
  }

  // Heading, intro, buttons, labels and the lang attribute in the conversation's language.
  function applyChrome() {
    var t = texts();
    document.documentElement.lang = languages[current].tag;
    document.title = t.title;
    document.getElementById('heading').textContent = t.heading;
    document.getElementById('intro').textContent = t.intro;
    document.getElementById('no-login').textContent = t.noLogin;
    talkButton.textContent = t.talkToPerson;
    readButton.textContent = speaking ? t.stopReading : t.readAloud;
    chatFrame.setAttribute('aria-label', t.chatLabel);
    showStatus();
  }

  function switchLanguage(locale) {
    if (!locale || locale === current) return;
    current = locale;
    applyChrome();
    saveSession();
    queueRender();
  }

  // Not inside Web Chat's own dispatch: re-render once things settle.
  function queueRender() {
    if (renderQueued) return;
    renderQueued = true;
    setTimeout(function () {
      renderQueued = false;
      render();
    }, 0);
  }

  function readSession() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && saved.token && saved.conversationId && saved.domain ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function readEarly() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(EARLY_KEY) || '[]');
      return Array.isArray(saved) ? saved.filter(isMessage) : [];
    } catch (e) {
      return [];
    }
  }

  function saveEarly() {
    try {
      if (early.length > 0) window.sessionStorage.setItem(EARLY_KEY, JSON.stringify(early));
      else window.sessionStorage.removeItem(EARLY_KEY);
    } catch (e) {
      // Private mode or storage off: what was tapped goes once the chat is there, if the page stays.
    }
  }

  function saveSession() {
    saveEarly();
    if (!session) return;
    // directlinejs refreshes its token every 15 minutes and on reconnect; keep the newest one.
    if (directLine && directLine.token) session.token = directLine.token;
    session.locale = current;
    // What is typed and not sent yet: a reload (a phone's pull to refresh) keeps it in the text box,
    // and what was sent but may not be in goes again after it.
    if (store) {
      session.draft = store.getState().sendBoxValue || '';
      session.pending = pending();
    }
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      // Private mode or storage off: the chat works, a reload starts a new one.
    }
  }

  // Saved once the dispatch under way is done (Web Chat empties the text box after it sends).
  var saveQueued = false;
  function queueSave() {
    if (saveQueued) return;
    saveQueued = true;
    setTimeout(function () {
      saveQueued = false;
      saveSession();
    }, 0);
  }

  function forgetSession() {
    session = null;
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // Nothing stored.
    }
  }

  // The bot's Markdown is only ever escaped text, paragraphs and links (src/channels/text.ts), so
  // this renders exactly that, HTML-escaped; links go to tel:, http: or https: only.
  var LINK = /^\[((?:\\.|[^\]\\])*)\]\((tel:\+?\d{3,15}|https?:\/\/[^\s)]+)\)/;
  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  }
  function inline(text) {
    var out = '';
    var i = 0;
    while (i < text.length) {
      var c = text.charAt(i);
      if (c === '\\' && /[!-\/:-@\[-`{-~]/.test(text.charAt(i + 1))) {
        out += escapeHtml(text.charAt(i + 1));
        i += 2;
        continue;
      }
      var link = c === '[' ? LINK.exec(text.slice(i)) : null;
      if (link) {
        var external = link[2].indexOf('tel:') !== 0;
        out +=
          '<a href="' +
          escapeHtml(link[2]) +
          '"' +
          (external ? ' target="_blank" rel="noopener noreferrer"' : '') +
          '>' +
          inline(link[1]) +
          '</a>';
        i += link[0].length;
        continue;
      }
      out += escapeHtml(c);
      i += 1;
    }
    return out;
  }
  function renderMarkdown(markdown) {
    return String(markdown)
      .split(/\n{2,}/)
      .map(function (paragraph) {
        return '<p>' + inline(paragraph).replace(/\n/g, '<br>') + '</p>';
      })
      .join('');
  }

  function onActivity(activity) {
    var role = activity.from && activity.from.role;
    if (activity.type !== 'message') return;
    // "Vergeet mij" done: the server forgot the messages before this one; on a shared phone the
    // screen must not keep them either. The reload resumes the conversation with what is left.
    if (role === 'bot' && activity.channelData && activity.channelData.erased === true) {
      saveSession();
      window.setTimeout(function () {
        window.location.reload();
      }, 500);
    }
    if (role === 'user') botWords = [];
    if (role === 'bot') {
      if (activity.id) asking = activity.id;
      // The bot answered: "Met iemand praten" may be tapped again.
      if (activity.id) talkAnswered = true;
      var locale = localeOf(activity.locale);
      if (activity.speak || activity.text) botWords.push({ text: activity.speak || activity.text, locale: locale || current });
      switchLanguage(locale);
    }
    saveSession();
  }

  // The messages of one reply go to Web Chat together: a bot message without answers waits (at
  // most a second) for the one with the answers that ends the reply. Web Chat then draws the reply
  // at once and stops with its first message at the top; arriving one by one on a slow or busy
  // phone, the first could be taken as read and scroll away. A message the server marks as a whole
  // reply by itself (channelData.standalone: a staff member writing in a handover) shows at once.
  var REPLY_WAIT_MS = 1000;
  var replyParts = [];
  var replyTimer;
  function releaseReply(next) {
    clearTimeout(replyTimer);
    var parts = replyParts;
    replyParts = [];
    parts.forEach(function (action) {
      next(action);
    });
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (/^WEB_CHAT\/SEND_(MESSAGE|MESSAGE_BACK|POST_BACK)$/.test(action.type)) {
            var tapped = action.type !== 'WEB_CHAT/SEND_MESSAGE' || action.payload.method === 'imBack';
            // A second answer to the same question: only the first tap counts. An answer that has
            // just appeared is not chosen yet (answersSettling), however the tap came.
            if (tapped && asking && answered === asking) return undefined;
            if (tapped && answersSettling()) {
              settleAnswers();
              return undefined;
            }
            answered = asking;
          }
          // New answers: they take taps once they have shown for a moment.
          if (action.type === 'WEB_CHAT/SET_SUGGESTED_ACTIONS' && (action.payload.suggestedActions || []).length > 0) settleAnswers();
          if (action.type === 'DIRECT_LINE/QUEUE_INCOMING_ACTIVITY') {
            var part = action.payload.activity;
            var fromBot = part.from && part.from.role === 'bot';
            var standalone = part.channelData && part.channelData.standalone === true;
            if (fromBot && part.type === 'message' && !part.suggestedActions && !standalone) {
              replyParts.push(action);
              clearTimeout(replyTimer);
              replyTimer = setTimeout(function () {
                releaseReply(next);
              }, REPLY_WAIT_MS);
              return undefined;
            }
            replyParts.push(action);
            releaseReply(next);
            return undefined;
          }
          // Behind messages that still wait, or while the chat cannot send: the page sends it, in turn.
          if (action.type === 'WEB_CHAT/SEND_MESSAGE' && (!ready() || outbox.length > 0)) {
            hold(action.payload.text);
            return undefined;
          }
          // Web Chat's own "Opnieuw" under a failed message: sent again with the same clientActivityID.
          var again = action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload.activity.channelData;
          if (again && again.clientActivityID) {
            notSent[again.clientActivityID] = notSent[again.clientActivityID] || action.payload.activity;
            retryOnReturn = true;
            flush();
            return undefined;
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var incoming = action.payload.activity;
            var echoed = incoming.channelData && incoming.channelData.clientActivityID;
            if (echoed && incoming.id && incoming.from && incoming.from.role === 'user') settle(echoed);
            onActivity(incoming);
            followOpening();
          }
          if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') {
            var up = action.payload.connectionStatus === 2;
            // Back after a drop: what failed meanwhile goes again.
            if (up && streamWasUp && !streamUp) retryOnReturn = true;
            streamUp = up;
            streamWasUp = streamWasUp || up;
          }
          if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') fatal = true;
          var sent = action.meta && action.meta.clientActivityID;
          if (sent && action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING') posting[sent] = action.payload.activity;
          if (sent && posting[sent] && !arrived[sent] && /^DIRECT_LINE\/POST_ACTIVITY_(IMPEDED|REJECTED)$/.test(action.type)) {
            notSent[sent] = posting[sent];
            if (!online()) retryOnReturn = true;
          }
          if (sent && action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') settle(sent);
          var result = next(action);
          if (/^DIRECT_LINE\/(UPDATE_CONNECTION_STATUS|CONNECT_|POST_ACTIVITY_)/.test(action.type)) {
            if (/^DIRECT_LINE\/POST_ACTIVITY_/.test(action.type)) queueSave();
            showStatus();
            // After Web Chat's own handling of the action, not inside it.
            setTimeout(flush, 0);
          }
          return result;
        };
      };
    });
  }

  var ink = '#111111';
  var brand = '#00315c';
  // The height the page really has: with the on-screen keyboard open, the visual viewport's.
  function viewportHeight() {
    var visual = window.visualViewport;
    return Math.round(visual && visual.height ? Math.min(visual.height, window.innerHeight) : window.innerHeight);
  }

  // The answers' box on a phone: a third of the height; on a short screen (200 % zoom, a phone on
  // its side) a quarter, which still holds one whole answer and the top of the next, so the
  // conversation keeps a third; upright with the keyboard open, two rows of compact answers.
  var SHORT_SCREEN = 400;
  function answersHeight() {
    var height = viewportHeight();
    if (compact()) return COMPACT_ROWS;
    if (tiny()) return TINY_ANSWERS;
    if (zoomed()) return Math.max(NARROW_ANSWERS, Math.round(height * 0.26));
    return height < SHORT_SCREEN ? Math.max(68, Math.round(height * 0.22)) : Math.max(100, Math.round(height * 0.32));
  }

  // A small phone at 200 % zoom (180 × 320): a long answer took three lines (74 px) in a box of 70,
  // so not even the first showed whole, and nothing said there were three more. The answers are
  // compact there (page.css), an answer two lines of 44-50 px, and the box holds the first whole and
  // the top of the next: more answers show, and the fade and arrow over it say they go on below.
  var NARROW_ANSWERS = 84;
  function zoomed() {
    return window.matchMedia(PHONE_LAYOUT).matches && viewportHeight() < SHORT_SCREEN && window.innerWidth < COMPACT_WIDTH;
  }

  // A 320 px phone at 200 % zoom (160 × 320): the conversation was 108 px high, and the question
  // ("Waar kan ik je mee helpen?", three lines) showed without its first line. There an answer is
  // two lines of 15 px (page.css) and 44 px high: the box holds it and the first line of the next,
  // and the text box is 44 px high, so the conversation has room for the whole question.
  var TINY_ANSWERS = 76;
  var TINY_LAYOUT = '(max-width: 10.5rem) and (max-height: 24.99rem)';
  function tiny() {
    return zoomed() && window.matchMedia(TINY_LAYOUT).matches;
  }

  // A phone held upright with the on-screen keyboard open (320 × 290): the box held one answer, so
  // the others were found only by scrolling. The answers then wrap in rows of compact buttons
  // (44 px, page.css), in a box two rows high with the top of a third: short answers ("Ja", "Nee")
  // share a row, and at least two show whole. Narrower (200 % zoom) an answer takes two lines and
  // two would leave the conversation too little: one whole answer shows, as before.
  var COMPACT_WIDTH = 256;
  var COMPACT_ROWS = 2 * 44 + 5 * 2 + 12;
  function compact() {
    var height = viewportHeight();
    return (
      window.matchMedia(PHONE_LAYOUT).matches &&
      height < SHORT_SCREEN &&
      window.innerWidth >= COMPACT_WIDTH &&
      window.innerWidth < 1.5 * height
    );
  }

  function sendBoxHeight(phone) {
    if (compact() || tiny()) return 44;
    return phone && viewportHeight() < SHORT_SCREEN ? 48 : 56;
  }

  function styleOptions() {
    var phone = window.matchMedia(PHONE_LAYOUT).matches;
    // On a touch screen the browser keeps a tapped button "hovered" until the next tap elsewhere:
    // the send button stayed grey after a message was sent. Hover colours only where a pointer hovers.
    var hovers = window.matchMedia('(hover: hover)').matches;
    return {
      accent: brand,
      subtle: '#333333',
      primaryFont: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
      fontSizeSmall: '90%',
      paddingRegular: phone ? 8 : 12,
      paddingWide: phone ? 10 : 16,
      avatarSize: 0,
      bubbleBackground: '#f2f2f2',
      bubbleTextColor: ink,
      bubbleBorderColor: '#595959',
      bubbleBorderWidth: 2,
      bubbleBorderRadius: 10,
      bubbleMinHeight: phone ? 40 : 48,
      bubbleMaxWidth: 640,
      bubbleFromUserBackground: brand,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderColor: brand,
      bubbleFromUserBorderWidth: 2,
      bubbleFromUserBorderRadius: 10,
      // A reply of several messages scrolls until its first message is at the top of the
      // conversation, not to the very end: the verdict or booking code that comes first stays in view.
      autoScrollSnapOnPage: true,
      autoScrollSnapOnPageOffset: 0,
      // Answers stack in a box of bounded height that scrolls, so the conversation keeps most of a phone;
      // on a 360 × 740 screen it holds the menu's four answers ("Meer" too) and the conversation half the height.
      // Measured on the visible height, again whenever it changes (the on-screen keyboard opens or closes).
      // A phone turned sideways: the box is one answer high, so stacked answers showed one at a time;
      // side by side, the two or three of most questions all show.
      suggestedActionLayout: phone && (window.innerWidth >= 1.5 * viewportHeight() || compact()) ? 'flow' : 'stacked',
      suggestedActionsFlowMaxHeight: answersHeight(),
      suggestedActionsStackedHeight: phone ? answersHeight() : 400,
      suggestedActionsStackedOverflow: 'auto',
      suggestedActionsStackedLayoutButtonTextWrap: true,
      // Touch targets of at least 48 px; 44 px in the compact rows of a short screen.
      suggestedActionHeight: compact() || zoomed() ? 44 : phone ? 48 : 56,
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionTextColor: brand,
      suggestedActionBorderColor: brand,
      suggestedActionBorderWidth: 3,
      suggestedActionBorderRadius: 8,
      suggestedActionBackgroundColorOnHover: hovers ? '#e6eef5' : '#ffffff',
      // Thick, solid focus indicators instead of Web Chat's thin dashed ones.
      suggestedActionKeyboardFocusIndicatorBorderColor: ink,
      suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
      suggestedActionKeyboardFocusIndicatorBorderWidth: 3,
      suggestedActionKeyboardFocusIndicatorInset: 3,
      suggestedActionsVisualKeyboardIndicatorColor: ink,
      suggestedActionsVisualKeyboardIndicatorStyle: 'solid',
      suggestedActionsVisualKeyboardIndicatorWidth: 4,
      transcriptVisualKeyboardIndicatorColor: ink,
      transcriptVisualKeyboardIndicatorStyle: 'solid',
      transcriptVisualKeyboardIndicatorWidth: 4,
      transcriptActivityVisualKeyboardIndicatorColor: ink,
      transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
      transcriptActivityVisualKeyboardIndicatorWidth: 3,
      sendBoxButtonKeyboardFocusIndicatorBorderColor: ink,
      sendBoxButtonKeyboardFocusIndicatorBorderStyle: 'solid',
      sendBoxButtonKeyboardFocusIndicatorBorderWidth: 3,
      // A text box that grows with what is typed, up to a quarter of the visible height and at most
      // about four lines, then it scrolls: at 200 % zoom or with the keyboard open a long answer had
      // pushed the conversation, and the question being answered, off the screen.
      sendBoxTextWrap: true,
      // 48 px on a short screen: still a big target, and the conversation keeps a third of the height.
      sendBoxHeight: sendBoxHeight(phone),
      sendBoxMaxHeight: Math.max(sendBoxHeight(phone), Math.min(140, Math.round(viewportHeight() * 0.25))),
      sendBoxBackground: '#ffffff',
      sendBoxTextColor: ink,
      sendBoxPlaceholderColor: '#595959',
      sendBoxButtonColor: brand,
      sendBoxButtonShadeColorOnHover: hovers ? '#f3f2f1' : 'transparent',
      sendBoxBorderTop: 'solid 3px ' + brand,
      hideUploadButton: true,
      timestampColor: '#333333',
      // "Nieuwe berichten": solid dark blue, not see-through over the text of a message.
      transcriptOverlayButtonBackground: brand,
      transcriptOverlayButtonBackgroundOnHover: hovers ? '#001a33' : brand,
      transcriptOverlayButtonBackgroundOnFocus: brand,
      transcriptOverlayButtonColor: '#ffffff',
      transitionDuration: '0s',
    };
  }

  // Web Chat formats the time a message was sent with its own precompiled Globalize and one date
  // pattern for every language, the 12-hour "MMMMdhm": "26 november om 2:05 p.m." in Dutch. What it
  // reads (the time for screen readers, the date of an older message, "5 minuten geleden") comes
  // instead from the browser's Intl in the conversation's language, on the 24-hour clock people in
  // Belgium read, in English too (en-GB, as the bot writes appointment times): "26 November at 14:05".
  // A message of today gets its time only ("14:05"): Web Chat shows a recent message's time as
  // "5 minuten geleden" or "Vandaag", and tells screen readers "Verzonden om 14:05".
  var clocks = {};
  function sameDay(a, b) {
    return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  }
  function clockFor(tag) {
    if (clocks[tag]) return clocks[tag];
    var dates = new Intl.DateTimeFormat(tag, { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    var times = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    var relative = new Intl.RelativeTimeFormat(tag);
    var plurals = new Intl.PluralRules(tag);
    clocks[tag] = {
      dateFormatter: function () {
        return function (date) {
          var when = new Date(date);
          return (sameDay(when, new Date()) ? times : dates).format(when);
        };
      },
      relativeTimeFormatter: function (unit) {
        return function (value) {
          return relative.format(value, unit);
        };
      },
      plural: function (value) {
        return plurals.select(value);
      },
      unitFormatter: function (unit, options) {
        var form = options && options.form === 'short' ? 'short' : 'long';
        var numbers = new Intl.NumberFormat(tag, { style: 'unit', unit: unit, unitDisplay: form });
        return function (value) {
          return numbers.format(value);
        };
      },
    };
    return clocks[tag];
  }

  // What screen readers hear of a message's time. Web Chat puts the formatted time into one sentence
  // for every message ("Verzonden om $1"), and Dutch, French and English say a time of day and a
  // date with different words: "Verzonden om 14:05", but "Verzonden op 5 maart om 14:05". Web Chat
  // fills in its sentences with the string's replace("$1", time): this sentence picks its words by
  // what it is given, a time of today (digits only) or a day with its time.
  function sentAt(locale) {
    var t = languages[locale].texts;
    return {
      replace: function (placeholder, when) {
        var today = /^[\d\s:.h]+$/.test(String(when));
        return (today ? t.sentToday : t.sentEarlier).replace(placeholder, when);
      },
    };
  }

  // Web Chat's strings in the conversation's language, its clock included; one object per language
  // (and text box hint), so Web Chat only redoes its texts when one of them changes.
  var clientStrings = {};
  function stringsFor(locale, shortHint) {
    var key = locale + (shortHint ? ':short' : '');
    if (!clientStrings[key]) {
      clientStrings[key] = assign(assign({}, languages[locale].clientStrings), {
        GLOBALIZE: clockFor(languages[locale].tag),
        ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT: sentAt(locale),
      });
      // Only the hint shown in the box is shorter; screen readers still hear the whole name (TEXT_INPUT_ALT).
      if (shortHint) clientStrings[key].TEXT_INPUT_PLACEHOLDER = languages[locale].texts.placeholderShort;
    }
    return clientStrings[key];
  }

  // The text box's hint on one line. On a small phone or at 200 % zoom the box is 100 to 230 px wide
  // and "Tapez votre message ici" wrapped: only "Tapez" showed. Where the hint does not fit, it is
  // the short one ("Tapez ici"). Measured, not guessed from the screen width: fonts and zoom differ.
  var shortHint = false;
  var measure;
  var measuredFor;
  function fitHint() {
    var box = webchatElement.querySelector('[data-id="webchat-sendbox-input"]');
    if (!box || !box.clientWidth || !directLine) return;
    var style = window.getComputedStyle(box);
    var font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' ');
    var room = box.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
    // Web Chat changes the page often; the hint is measured again only when the box or language changed.
    var now = current + ' ' + room + ' ' + font;
    if (now === measuredFor) return;
    measuredFor = now;
    measure = measure || document.createElement('canvas').getContext('2d');
    if (!measure) return;
    measure.font = font;
    var fits = measure.measureText(languages[current].clientStrings.TEXT_INPUT_PLACEHOLDER).width <= room;
    if (fits !== shortHint) return;
    shortHint = !fits;
    render();
  }

  function render() {
    if (!directLine) return;
    if (compact()) chatArea.setAttribute('data-compact', '');
    else chatArea.removeAttribute('data-compact');
    var t = texts();
    var strings = stringsFor(current, shortHint);
    // Without a connection, what is on its way waits for it: its status line says so.
    renderedOffline = offline();
    if (renderedOffline) strings = assign(assign({}, strings), { ACTIVITY_STATUS_SEND_STATUS_ALT_SENDING: t.waitingMessage });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        // A new array on each render: Web Chat draws the statuses again with what the page knows now.
        activityStatusMiddleware: [activityStatus],
        userID: session.userId,
        locale: languages[current].tag,
        overrideLocalizedStrings: strings,
        styleOptions: styleOptions(),
        renderMarkdown: renderMarkdown,
        sendTypingIndicator: false,
      },
      webchatElement,
    );
    // Drawn with the other hint if the box turns out too narrow (or wide enough) for this one.
    fitHint();
  }

  function directLineDomain() {
    return new URL(session.domain, window.location.origin).href.replace(/\/$/, '');
  }

  function call(method, path, body) {
    return fetch(directLineDomain() + path, {
      method: method,
      headers: { authorization: 'Bearer ' + session.token, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) throw new Error(method + ' ' + path + ' ' + response.status);
      return response.json();
    });
  }

  // The conversation's stream URL, from the reconnect call (a saved conversation: the stream
  // replays it from the start) or from starting a new one with a fresh token.
  function resume() {
    return call('GET', '/conversations/' + encodeURIComponent(session.conversationId) + '?watermark=').then(opened);
  }
  function startNew() {
    return fetch(config.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (ticket) {
        session = {
          token: ticket.token,
          conversationId: ticket.conversationId,
          userId: ticket.userId,
          domain: ticket.domain,
          locale: current,
        };
        return call('POST', '/conversations', { locale: languages[current].tag, user: { id: ticket.userId } });
      })
      .then(opened);
  }
  function opened(conversation) {
    if (conversation.token) session.token = conversation.token;
    refreshedAt = Date.now();
    saveSession();
    return conversation.streamUrl;
  }

  // directlinejs does not renew a token it was given together with a stream URL, so the page does.
  function refreshToken() {
    if (!directLine || Date.now() - refreshedAt < REFRESH_MS - 60 * 1000) return;
    refreshedAt = Date.now();
    session.token = directLine.token;
    call('POST', '/tokens/refresh')
      .then(function (ticket) {
        directLine.reconnect({ conversationId: session.conversationId, token: ticket.token, streamUrl: directLine.streamUrl });
        saveSession();
      })
      .catch(function () {
        // Expired already: the next reload starts a new conversation.
      });
  }

  // A message Web Chat sends that the server did not take (an error 5xx, the network failed):
  // directlinejs answers "retry", and Web Chat would show "Wordt verstuurd" for 20 seconds more.
  // It shows as not sent at once, with Web Chat's "Opnieuw" and the page's button.
  function watchPosts() {
    var post = directLine.postActivity.bind(directLine);
    directLine.postActivity = function (activity) {
      var sent = post(activity);
      var id = activity.channelData && activity.channelData.clientActivityID;
      if (!id || typeof sent.map !== 'function') return sent;
      // directlinejs's own operator: the result goes on as it is, seen on its way.
      return sent.map(function (result) {
        if (result === 'retry' && posting[id] && !arrived[id]) {
          notSent[id] = posting[id];
          if (!online()) retryOnReturn = true;
          showStatus();
          queueRender();
        }
        return result;
      });
    };
  }

  function connect(streamUrl) {
    if (!window.WebChat) {
      fatal = true;
      showStatus();
      return;
    }
    directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: directLineDomain(),
      conversationId: session.conversationId,
      streamUrl: streamUrl,
      webSocket: true,
    });
    watchPosts();
    store = createStore();
    render();
    if (session.draft) store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: session.draft } });
    // What waited over a reload, then what was tapped before Web Chat was there: in the order sent.
    // Both are then in the outbox, saved with the conversation, and no longer apart.
    var queued = (Array.isArray(session.pending) ? session.pending : []).concat(early);
    early = [];
    restorePending(queued);
    saveSession();
    setInterval(refreshToken, REFRESH_MS);
  }

  // Tapped while the chat still starts: the message waits and goes once it can ("Even geduld" shows).
  // As Web Chat does for a message typed or an answer tapped, the conversation goes to its end first:
  // the message and the reply to it show, not hidden below what was read before ("Nieuwe berichten").
  // The message goes once Web Chat has seen the scroll (a frame later): it then follows the reply.
  // A second tap within a second, or before the bot has answered the first (a double tap, an unsteady
  // hand), is not sent: the bot took it as an answer to its own question and asked again ("Tik op
  // 'Nu chatten' …"). Without an answer in 15 seconds, a tap goes again.
  var DOUBLE_TAP_MS = 1000;
  var NO_ANSWER_MS = 15 * 1000;
  var talkAskedAt = 0;
  var talkAnswered = true;
  talkButton.addEventListener('click', function () {
    var since = Date.now() - talkAskedAt;
    if (since < DOUBLE_TAP_MS || (!talkAnswered && since < NO_ANSWER_MS)) return;
    talkAskedAt = Date.now();
    talkAnswered = false;
    var message = { type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: texts().talkToPersonMessage, method: 'keyboard' } };
    var scroller = webchatElement.querySelector('.webchat__basic-transcript__scrollable');
    if (!scroller || scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop <= 1) {
      send(message);
      return;
    }
    scroller.scrollTop = scroller.scrollHeight;
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () {
        send(message);
      });
    });
  });
  resendButton.addEventListener('click', function () {
    if (!ready()) return;
    resendFailed();
    postNext();
    showStatus();
  });
  window.addEventListener('online', function () {
    showStatus();
    flush();
  });
  window.addEventListener('offline', function () {
    retryOnReturn = true;
    showStatus();
  });

  // Read aloud with the browser's own voices, in the language of what is read.
  var speech = window.speechSynthesis;
  if (speech && typeof window.SpeechSynthesisUtterance === 'function') {
    readButton.hidden = false;
    var stopped = function () {
      speaking = false;
      readButton.textContent = texts().readAloud;
    };
    readButton.addEventListener('click', function () {
      if (speaking || speech.speaking) {
        speech.cancel();
        stopped();
        return;
      }
      if (botWords.length === 0) return;
      var locale = botWords[botWords.length - 1].locale;
      var tag = languages[locale].tag;
      var utterance = new window.SpeechSynthesisUtterance(
        botWords
          .map(function (w) {
            return w.text;
          })
          .join(' '),
      );
      utterance.lang = tag;
      var wanted = tag.toLowerCase();
      var voices = speech.getVoices();
      utterance.voice =
        voices.filter(function (v) {
          return v.lang.toLowerCase().replace('_', '-') === wanted;
        })[0] ||
        voices.filter(function (v) {
          return v.lang.toLowerCase().indexOf(locale) === 0;
        })[0] ||
        null;
      utterance.rate = 0.9;
      utterance.onend = stopped;
      utterance.onerror = stopped;
      speaking = true;
      readButton.textContent = texts().stopReading;
      speech.speak(utterance);
    });
  }

  // The on-screen keyboard or a turned phone changes the height the page has: the answers' box
  // follows it, so the conversation keeps its share of the screen.
  var resizeTimer;
  var renderedSize = window.innerWidth + 'x' + viewportHeight();
  var renderedHeight = viewportHeight();
  function onResize() {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      var size = window.innerWidth + 'x' + viewportHeight();
      if (size === renderedSize) return;
      var shrunk = viewportHeight() < renderedHeight;
      renderedSize = size;
      renderedHeight = viewportHeight();
      render();
      markMoreAnswers();
      if (shrunk && typing()) setTimeout(showLatest, 0);
    }, 100);
  }

  // The text box has the focus: the on-screen keyboard is what made the page smaller.
  function typing() {
    var box = webchatElement.querySelector('[data-id="webchat-sendbox-input"]');
    return !!box && document.activeElement === box;
  }

  // The keyboard opened to type an answer: the conversation shows its end, the question being
  // answered, not the top of a long reply that was read already. Web Chat may still be scrolling
  // that reply (its animation sets the position frame by frame) and the layout settles after the
  // resize, so the end is kept in view for a moment, until the user scrolls or leaves the text box.
  var KEEP_END_MS = 1500;
  var keepingEnd = 0;
  function showLatest() {
    var scroller = webchatElement.querySelector('.webchat__basic-transcript__scrollable');
    if (!scroller) return;
    var run = ++keepingEnd;
    var until = Date.now() + KEEP_END_MS;
    var userScrolls = function () {
      keepingEnd++;
    };
    var events = ['pointerdown', 'wheel', 'touchstart', 'keydown'];
    events.forEach(function (name) {
      scroller.addEventListener(name, userScrolls, { passive: true, once: true });
    });
    (function keep() {
      if (run !== keepingEnd || !typing() || Date.now() > until) {
        events.forEach(function (name) {
          scroller.removeEventListener(name, userScrolls);
        });
        return;
      }
      if (scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop > 1) scroller.scrollTop = scroller.scrollHeight;
      window.requestAnimationFrame(keep);
    })();
  }
  window.addEventListener('resize', onResize);

  // A reload mid-conversation: the stream replays the conversation from its start, and Web Chat
  // stopped the view at an earlier reply, with "Nieuwe berichten" under it: the open question was
  // out of view, as if the conversation had not come back where it was. On a 320 px phone at 200 %
  // (160 × 284) the question is taller than the view, and Web Chat showed its end, also when the chat
  // opens: "je mee / helpen?", without "Waar kan ik". While the stream's first messages come in, new
  // or replayed, the view rests at the end, or at the question's start where it does not fit, until
  // the stream has been quiet a moment or the user scrolls, taps or types.
  var OPENING_QUIET_MS = 1500;
  var openingUntil = 0;
  var openingDone = false;
  function followOpening() {
    if (openingDone) return;
    var started = openingUntil > 0;
    openingUntil = Date.now() + OPENING_QUIET_MS;
    if (started) return;
    var events = ['pointerdown', 'wheel', 'touchstart', 'keydown'];
    var stop = function () {
      openingDone = true;
    };
    events.forEach(function (name) {
      window.addEventListener(name, stop, { passive: true, capture: true });
    });
    (function keep() {
      if (openingDone || Date.now() > openingUntil) {
        openingDone = true;
        events.forEach(function (name) {
          window.removeEventListener(name, stop, { capture: true });
        });
        return;
      }
      var scroller = webchatElement.querySelector('.webchat__basic-transcript__scrollable');
      var top = scroller && restingTop(scroller);
      if (scroller && Math.abs(scroller.scrollTop - top) > 1) scroller.scrollTop = top;
      window.requestAnimationFrame(keep);
    })();
  }

  // Where the conversation's view rests: at its end, unless the bot's latest message (the open
  // question) is taller than the view; then at that message's start.
  function restingTop(scroller) {
    var end = scroller.scrollHeight - scroller.clientHeight;
    var layouts = webchatElement.querySelectorAll('.webchat__stacked-layout');
    var last = layouts[layouts.length - 1];
    var bubble = last && !last.classList.contains('webchat__stacked-layout--from-user') && last.querySelector('.webchat__bubble');
    if (!bubble) return end;
    var top = bubble.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    return Math.max(0, Math.min(end, Math.floor(top) - 2));
  }

  // The text box shows as one white field, 56 px high and ringed as a whole, but Web Chat's own text
  // area is only its middle 32 px: a tap on the field's edge above or below it did nothing.
  webchatElement.addEventListener('click', function (event) {
    var target = event.target;
    if (!target || !target.closest || target.closest('button, textarea, input, a')) return;
    var field = target.closest('.webchat__send-box__main');
    var box = field && field.querySelector('[data-id="webchat-sendbox-input"]');
    if (box) box.focus();
  });
  if (window.visualViewport) window.visualViewport.addEventListener('resize', onResize);

  // New answers take no tap for a moment. A quick double or triple tap on an answer sent the first
  // tap, and the next one landed on the answer of the next question, which had appeared in the same
  // place: that question was answered unread. Answers take taps once they have shown for
  // ANSWERS_SETTLE_MS; a tap meanwhile does nothing and makes them wait that long again (a triple
  // tap). Touch and mouse go through them (data-answers-settling, page.css), so a tap reaches no
  // answer; a key (Enter) or a click some other way is stopped here, before Web Chat sees it.
  var ANSWERS_SETTLE_MS = 400;
  var answersTappableAt = 0;
  var answersTimer;
  function answersSettling() {
    return Date.now() < answersTappableAt;
  }
  function settleAnswers() {
    answersTappableAt = Date.now() + ANSWERS_SETTLE_MS;
    webchatElement.setAttribute('data-answers-settling', '');
    clearTimeout(answersTimer);
    (function settled() {
      var left = answersTappableAt - Date.now();
      if (left > 0) answersTimer = setTimeout(settled, left);
      else webchatElement.removeAttribute('data-answers-settling');
    })();
  }
  document.addEventListener(
    'click',
    function (event) {
      var target = event.target;
      if (!answersSettling() || !target || !target.closest || !target.closest('.webchat__suggested-action')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      settleAnswers();
    },
    true,
  );
  document.addEventListener(
    'pointerdown',
    function (event) {
      var target = event.target;
      if (answersSettling() && target && target.closest && target.closest('.webchat__suggested-actions')) settleAnswers();
    },
    true,
  );

  // An answer chosen with the keyboard (Enter or Space): Web Chat puts the focus in the text box,
  // which comes before the answers in the Tab order, so a keyboard or screen reader user went on
  // from the text box, not from the new question. The first new answer gets the focus when the
  // answers of the reply appear, unless the user went on meanwhile (typed, tapped, clicked).
  var focusNextAnswers = false;
  webchatElement.addEventListener(
    'keydown',
    function (event) {
      var target = event.target;
      if (!target || !target.closest) return;
      var key = String(event.key || '');
      var choosing = (key === 'Enter' || key === ' ') && target.closest('.webchat__suggested-action');
      var typed = key.length === 1 || /^(Backspace|Delete|Tab)$/.test(key);
      if (choosing && !answersSettling()) focusNextAnswers = true;
      else if (typed && !target.closest('.webchat__suggested-actions')) focusNextAnswers = false;
    },
    true,
  );
  document.addEventListener(
    'pointerdown',
    function () {
      focusNextAnswers = false;
    },
    true,
  );
  // The answers on screen, as Web Chat holds them: drawn again (offline, a new language, a turned
  // phone), they are the same answers and take taps at once; new ones wait from when they show.
  var shownAnswers;
  function watchNewAnswers() {
    var first = webchatElement.querySelector('.webchat__suggested-action');
    var answers = first && store && store.getState().suggestedActions;
    if (!answers || answers === shownAnswers) return;
    shownAnswers = answers;
    settleAnswers();
    if (!focusNextAnswers) return;
    var focused = document.activeElement;
    var box = webchatElement.querySelector('[data-id="webchat-sendbox-input"]');
    if (focused && focused !== document.body && focused !== box) return;
    focusNextAnswers = false;
    first.focus();
  }

  // A message without answers takes the answers away, and with them the one that had the focus (a
  // keyboard user's, or the first of a question, given above): the focus was lost on the page, and
  // the next Tab or key started from its top. It goes to the new question's first answer, or else
  // to the text box, without opening the on-screen keyboard (as Web Chat does after a tap).
  var focusedAnswer = null;
  webchatElement.addEventListener('focusin', function (event) {
    var target = event.target;
    focusedAnswer = target && target.closest && target.closest('.webchat__suggested-action') ? target : null;
  });
  function keepFocus() {
    if (!focusedAnswer || focusedAnswer.isConnected) return;
    focusedAnswer = null;
    var active = document.activeElement;
    if (active && active !== document.body) return;
    var first = webchatElement.querySelector('.webchat__suggested-action');
    if (first) {
      first.focus();
      return;
    }
    var box = webchatElement.querySelector('[data-id="webchat-sendbox-input"]');
    if (!box) return;
    var readOnly = box.readOnly;
    box.readOnly = true;
    box.focus();
    setTimeout(function () {
      box.readOnly = readOnly;
    }, 0);
  }

  // Answers in rows (a short screen, a phone on its side): Web Chat moves between them with the
  // Left and Right keys only, and Down did nothing, though most answers stand one under another.
  // Down and Up move to the next and the previous answer too, as they do when the answers stack.
  webchatElement.addEventListener(
    'keydown',
    function (event) {
      var key = { ArrowDown: 'ArrowRight', Down: 'ArrowRight', ArrowUp: 'ArrowLeft', Up: 'ArrowLeft' }[event.key];
      var target = event.target;
      if (!key || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !target || !target.closest) return;
      if (!target.closest('.webchat__suggested-actions--flow-layout .webchat__suggested-action')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      target.dispatchEvent(new window.KeyboardEvent('keydown', { key: key, bubbles: true, cancelable: true }));
    },
    true,
  );

  // Answers that do not all fit in their box get a visible hint that more are below (a fade and an
  // arrow, page.css); it goes once the last answer is in view.
  function markMoreAnswers() {
    var stacks = webchatElement.querySelectorAll('.webchat__suggested-actions__stack, .webchat__suggested-actions__flow-box');
    for (var i = 0; i < stacks.length; i++) {
      var stack = stacks[i];
      var box = stack.parentNode;
      if (!stack.loopbaanbotWatched) {
        stack.loopbaanbotWatched = true;
        stack.addEventListener('scroll', markMoreAnswers, { passive: true });
      }
      if (stack.scrollHeight - stack.clientHeight - stack.scrollTop > 2) {
        if (!box.hasAttribute('data-more-below')) box.setAttribute('data-more-below', '');
      } else if (box.hasAttribute('data-more-below')) {
        box.removeAttribute('data-more-below');
      }
    }
  }
  if (typeof window.MutationObserver === 'function') {
    new window.MutationObserver(function () {
      keepFocus();
      watchNewAnswers();
      markMoreAnswers();
      fitHint();
    }).observe(webchatElement, { childList: true, subtree: true });
  }

  window.addEventListener('pagehide', saveSession);

  // The page tells the bot when it is closed and when it is back, so staff do not wait for someone
  // who left: a case waiting for staff then shows "left" (and waits on if the page comes back, as
  // after a reload). Events only (src/handover/model.ts PAGE_EVENTS): nothing shows in the chat.
  // `keepalive` lets the last one go while the page unloads.
  var PAGE_LEFT = 'loopbaanbot/pageLeft';
  var PAGE_BACK = 'loopbaanbot/pageBack';
  function tellPage(name, leaving) {
    if (!session || !session.conversationId) return;
    try {
      fetch(directLineDomain() + '/conversations/' + encodeURIComponent(session.conversationId) + '/activities', {
        method: 'POST',
        keepalive: leaving,
        headers: { authorization: 'Bearer ' + ((directLine && directLine.token) || session.token), 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'event', name: name }),
      }).catch(function () {
        // Not heard: a case stays waiting until staff close it, as before.
      });
    } catch (e) {
      // No fetch: the same.
    }
  }
  window.addEventListener('pagehide', function () {
    tellPage(PAGE_LEFT, true);
  });
  window.addEventListener('pageshow', function (event) {
    // Back from the browser's page cache: the page did not load again, so it says it is back here.
    if (event.persisted) tellPage(PAGE_BACK, false);
  });
  // Timers sleep in a background tab; catch up when the user comes back.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') refreshToken();
  });

  applyChrome();
  // On a phone the conversation gets the whole screen; the header is one swipe up.
  if (window.matchMedia(PHONE_LAYOUT).matches && chatArea.scrollIntoView) chatArea.scrollIntoView({ block: 'start' });
  // This script runs before the Web Chat bundle (both deferred, in order): start talking to
  // Direct Line now, and hand the open conversation to Web Chat once its bundle has run.
  var conversation = session
    ? resume().then(
        function (streamUrl) {
          // The same conversation again (a reload, the tab reopened): the person is back.
          tellPage(PAGE_BACK, false);
          return streamUrl;
        },
        function () {
          forgetSession();
          return startNew();
        },
      )
    : startNew();
  document.addEventListener('DOMContentLoaded', function () {
    conversation.then(connect, function () {
      fatal = true;
      showStatus();
    });
  });
})();
