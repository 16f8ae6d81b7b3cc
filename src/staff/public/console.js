// The staff console: queue, call-backs and chats, on the staff API with the STAFF_TOKEN.
// Everything is drawn with textContent: what people typed never becomes HTML.
(function () {
  'use strict';
  const config = JSON.parse(document.getElementById('staff-config').textContent);
  const texts = config.texts;
  const LIST_EVERY_MS = config.pollMs || 2000;
  const session = { token: sessionStorage.getItem('staffToken') || '', name: sessionStorage.getItem('staffName') || '' };
  /** Chats this staff member has open: case id → { after, list, panel, view, ended }. */
  const chats = {};
  let timer = null;

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(child);
    });
    return node;
  }

  function api(method, path, body) {
    return fetch(path, {
      method: method,
      headers: Object.assign({ authorization: 'Bearer ' + session.token }, body ? { 'content-type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    }).then(function (res) {
      return res.json().then(
        function (data) {
          return { status: res.status, data: data };
        },
        function () {
          return { status: res.status, data: {} };
        },
      );
    });
  }

  function format(template, values) {
    return template.replace(/\{\{(\w+)\}\}/g, function (_, name) {
      return values[name] === undefined ? '' : String(values[name]);
    });
  }

  const clock = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Brussels' });
  const dayAndClock = new Intl.DateTimeFormat('nl-BE', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Brussels',
  });
  const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });

  /** When the case came in, Brussels time: "10:05" today, "26 november om 10:05" before. */
  function since(iso) {
    const at = new Date(iso);
    if (isNaN(at.getTime())) return '';
    const today = brusselsDay.format(at) === brusselsDay.format(new Date());
    return format(texts.since, { time: (today ? clock : dayAndClock).format(at) });
  }

  function caseItem(c) {
    const title = c.mode === 'chat' ? texts.titleChat : texts.titleCallback;
    // How long someone waits: the longest first, and an old case whose person may be gone.
    const header = [title, c.position ? format(texts.position, { position: c.position }) : '', since(c.createdAt)]
      .filter(Boolean)
      .join(' · ');
    const item = el('li', { class: 'case', 'data-case': c.id }, [
      el('h3', { text: header }),
      el(
        'ul',
        {},
        c.summary.map(function (line) {
          return el('li', { text: line });
        }),
      ),
    ]);
    if (c.takenBy) item.appendChild(el('p', { text: format(texts.takenBy, { name: c.takenBy }) }));
    if (c.handedBackBy) item.appendChild(el('p', { class: 'notice', text: format(texts.handedBackBy, { name: c.handedBackBy }) }));
    // The person closed the chat page: all they gave stays here, with a number they typed to call back.
    if (c.left) item.appendChild(el('p', { class: 'notice', text: texts.personGone }));
    if (c.typedPhone) item.appendChild(el('p', { class: 'notice', text: format(texts.typedPhone, { phone: c.typedPhone }) }));
    // What the person wrote while waiting: whoever takes the case reads it first, nothing is asked twice.
    if (c.messages && c.messages.length) {
      item.appendChild(el('p', { class: 'while-waiting', text: c.handedBackBy ? texts.chatSoFar : texts.whileWaiting }));
      item.appendChild(
        el(
          'ol',
          { class: 'messages' },
          c.messages.map(function (m) {
            // A chat handed back holds the staff member's words too.
            const who = m.from === 'staff' ? m.name + ': ' : texts.person + ': ';
            return el('li', { class: 'from-' + m.from, text: who + m.text });
          }),
        ),
      );
    }
    const actions = el('div', { class: 'actions' });
    if (c.state === 'waiting' && !c.left)
      actions.appendChild(
        button(texts.take, function () {
          take(c.id);
        }),
      );
    // The one who has the chat can give it back to the queue (a shift ends) instead of closing it on the person.
    if (c.mode === 'chat' && c.state === 'taken' && sameName(c.takenBy, session.name))
      actions.appendChild(
        button(
          texts.handBack,
          function () {
            handBack(c.id);
          },
          'secondary',
        ),
      );
    actions.appendChild(
      button(
        texts.close,
        function () {
          close(c.id);
        },
        'secondary',
      ),
    );
    item.appendChild(actions);
    if (c.mode === 'chat' && c.state === 'taken' && sameName(c.takenBy, session.name)) {
      item.appendChild(chatPanel(c.id));
      chats[c.id].view = c;
    }
    return item;
  }

  /** "Anna Peeters" signed in again as "anna  peeters" (a new tab asks the name again) is still Anna. */
  function sameName(a, b) {
    const plain = function (name) {
      return String(name || '')
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase();
    };
    return plain(a) !== '' && plain(a) === plain(b);
  }

  function button(label, onClick, kind) {
    const b = el('button', { type: 'button', text: label, class: kind || '' });
    b.addEventListener('click', onClick);
    return b;
  }

  // One panel per chat, made once and moved into each redrawn list: a reply being typed survives the refresh.
  function chatPanel(id) {
    const known = chats[id];
    if (known) return known.panel;
    const chat = (chats[id] = { after: 0, list: el('ol', { 'aria-live': 'polite' }) });
    const input = el('textarea', { 'aria-label': texts.messageLabel, maxlength: '2000' });
    const problem = el('p', { class: 'error', role: 'alert' });
    const form = el('form', {}, [input, el('button', { type: 'submit', text: texts.send })]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      api('POST', '/api/staff/handovers/' + id + '/messages', { name: session.name, text: text }).then(function (res) {
        // Not sent (the person left, the case was closed): the text stays, and staff read why.
        problem.textContent = res.status === 200 ? '' : res.data.error === 'not_taken' ? texts.takeFirst : texts.notDelivered;
        if (res.status === 200) input.value = '';
        pollMessages(id);
      });
    });
    chat.panel = el('div', { class: 'chat' }, [chat.list, form, problem]);
    return chat.panel;
  }

  function pollMessages(id) {
    const chat = chats[id];
    if (!chat) return Promise.resolve();
    return api('GET', '/api/staff/handovers/' + id + '/messages?after=' + chat.after).then(function (res) {
      if (res.status !== 200) return;
      res.data.messages.forEach(function (m) {
        chat.after = m.seq;
        const who = m.from === 'staff' ? m.name + ': ' : texts.person + ': ';
        chat.list.appendChild(el('li', { class: 'from-' + m.from, text: who + m.text }));
      });
      // The person closed the chat page mid-chat, or came back: said once each time, in the conversation.
      if (res.data.state !== 'closed' && Boolean(res.data.left) !== Boolean(chat.left)) {
        chat.left = Boolean(res.data.left);
        chat.list.appendChild(el('li', { class: 'notice', text: chat.left ? texts.pageClosed : texts.personBack }));
      }
      if (res.data.state === 'closed' && !chat.ended) {
        chat.ended = true;
        const notice = res.data.closedBy === 'user' ? texts.userStopped : texts.alreadyClosed;
        chat.list.appendChild(el('li', { class: 'notice', text: notice }));
      }
    });
  }

  function take(id) {
    api('POST', '/api/staff/handovers/' + id + '/take', { name: session.name }).then(function (res) {
      if (res.status === 409 && res.data.takenBy) alert(format(texts.takenByOther, { name: res.data.takenBy }));
      else if (res.status === 409 && res.data.error === 'left') alert(texts.personLeft);
      refresh();
    });
  }

  function handBack(id) {
    api('POST', '/api/staff/handovers/' + id + '/handback', { name: session.name }).then(function () {
      delete chats[id];
      refresh();
    });
  }

  function close(id) {
    api('POST', '/api/staff/handovers/' + id + '/close', { name: session.name }).then(function () {
      delete chats[id];
      refresh();
    });
  }

  function fill(listId, cases) {
    const list = document.getElementById(listId);
    // Moving the panel blurs what had focus in it: give focus and caret back, so typing goes on.
    const active = document.activeElement;
    const caret = active && active.tagName === 'TEXTAREA' ? [active.selectionStart, active.selectionEnd] : null;
    list.replaceChildren(...(cases.length ? cases.map(caseItem) : [el('li', { text: texts.empty })]));
    if (active && active !== document.activeElement && active.isConnected) {
      active.focus();
      if (caret) active.setSelectionRange(caret[0], caret[1]);
    }
  }

  function refresh() {
    const status = document.getElementById('list-status');
    // The server or the network failed (or too many wrong tokens): say the list is old, keep trying.
    const failed = function () {
      status.textContent = texts.listFailed;
    };
    return api('GET', '/api/staff/handovers').then(function (res) {
      if (res.status === 401) return signOut(texts.badToken);
      if (res.status !== 200 || !Array.isArray(res.data.cases)) return failed();
      status.textContent = '';
      const cases = res.data.cases;
      fill(
        'queue',
        cases.filter(function (c) {
          return c.mode === 'chat' && c.state === 'waiting' && !c.left;
        }),
      );
      // Waiting chats whose person closed the page: not in the queue, still to read and close.
      // The section shows only when there are any.
      const gone = cases.filter(function (c) {
        return c.mode === 'chat' && c.state === 'waiting' && c.left;
      });
      fill('left', gone);
      document.getElementById('left').parentNode.hidden = gone.length === 0;
      const open = cases.map(function (c) {
        return c.id;
      });
      // A chat that ended elsewhere (the person stopped, a colleague closed it) stays until staff
      // close it here, with the conversation and why it ended.
      const ended = Object.keys(chats)
        .filter(function (id) {
          return chats[id].view && open.indexOf(id) < 0;
        })
        .map(function (id) {
          return chats[id].view;
        });
      fill(
        'taken',
        cases
          .filter(function (c) {
            return c.mode === 'chat' && c.state === 'taken';
          })
          .concat(ended),
      );
      fill(
        'callbacks',
        cases.filter(function (c) {
          return c.mode === 'callback';
        }),
      );
      return Promise.all(Object.keys(chats).map(pollMessages));
    }, failed);
  }

  function show(signedIn) {
    document.getElementById('sign-in').hidden = signedIn;
    document.getElementById('desk').hidden = !signedIn;
    document.getElementById('who').textContent = session.name;
  }

  function signOut(reason) {
    sessionStorage.removeItem('staffToken');
    session.token = '';
    clearInterval(timer);
    show(false);
    document.getElementById('sign-in-error').textContent = reason || '';
  }

  function start() {
    api('GET', '/api/staff/handovers').then(function (res) {
      if (res.status !== 200) return signOut(texts.badToken);
      sessionStorage.setItem('staffToken', session.token);
      sessionStorage.setItem('staffName', session.name);
      show(true);
      refresh();
      timer = setInterval(refresh, LIST_EVERY_MS);
    });
  }

  document.getElementById('sign-in').addEventListener('submit', function (event) {
    event.preventDefault();
    session.token = document.getElementById('token').value;
    session.name = document.getElementById('name').value.trim();
    start();
  });
  document.getElementById('sign-out').addEventListener('click', function () {
    signOut('');
  });
  if (session.token && session.name) start();
})();
