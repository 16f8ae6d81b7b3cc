// Loopbaanbot web chat page: fetches a Direct Line token from this server (never a secret),
// renders the official Web Chat client with big, high-contrast defaults and Dutch labels,
// and adds two page buttons: "Met iemand praten" and read-aloud (the browser's own speech).
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('loopbaanbot-config').textContent);
  var texts = config.texts;
  var statusLine = document.getElementById('status');
  var talkButton = document.getElementById('talk-to-person');
  var readButton = document.getElementById('read-aloud');
  // What the bot said since the user's last message: that is what "read aloud" reads.
  var botWords = [];

  function showStatus(text) {
    statusLine.textContent = text;
  }

  // Keeps the latest thing the bot said, for the read-aloud button.
  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          var activity = action.payload.activity;
          var role = activity.from && activity.from.role;
          if (activity.type === 'message' && role === 'user') botWords = [];
          if (activity.type === 'message' && role === 'bot' && (activity.speak || activity.text)) {
            botWords.push(activity.speak || activity.text);
          }
        }
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') showStatus('');
        if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') showStatus(texts.failed);
        return next(action);
      };
    };
  });

  var ink = '#111111';
  var brand = '#00315c';
  var styleOptions = {
    accent: brand,
    subtle: '#333333',
    primaryFont: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
    fontSizeSmall: '90%',
    paddingRegular: 12,
    paddingWide: 16,
    avatarSize: 0,
    bubbleBackground: '#f2f2f2',
    bubbleTextColor: ink,
    bubbleBorderColor: '#595959',
    bubbleBorderWidth: 2,
    bubbleBorderRadius: 10,
    bubbleMinHeight: 48,
    bubbleMaxWidth: 640,
    bubbleFromUserBackground: brand,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderColor: brand,
    bubbleFromUserBorderWidth: 2,
    bubbleFromUserBorderRadius: 10,
    suggestedActionLayout: 'stacked',
    suggestedActionsStackedHeight: 400,
    suggestedActionHeight: 56,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionTextColor: brand,
    suggestedActionBorderColor: brand,
    suggestedActionBorderWidth: 3,
    suggestedActionBorderRadius: 8,
    suggestedActionBackgroundColorOnHover: '#e6eef5',
    sendBoxHeight: 64,
    sendBoxBackground: '#ffffff',
    sendBoxTextColor: ink,
    sendBoxPlaceholderColor: '#595959',
    sendBoxButtonColor: brand,
    sendBoxBorderTop: 'solid 3px ' + brand,
    hideUploadButton: true,
    timestampColor: '#333333',
    transitionDuration: '0s'
  };

  function startChat(ticket) {
    var directLine = window.WebChat.createDirectLine({
      token: ticket.token,
      domain: new URL(ticket.domain, window.location.origin).href.replace(/\/$/, ''),
      webSocket: false,
      pollingInterval: config.pollingInterval,
      conversationStartProperties: { locale: config.locale }
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: ticket.userId,
        locale: config.locale,
        overrideLocalizedStrings: config.clientStrings,
        styleOptions: styleOptions,
        sendTypingIndicator: false
      },
      document.getElementById('webchat')
    );
  }

  talkButton.addEventListener('click', function () {
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: texts.talkToPersonMessage } });
  });

  // Read aloud with the browser's own voices, Belgian Dutch when the device has one.
  var speech = window.speechSynthesis;
  if (speech && typeof window.SpeechSynthesisUtterance === 'function') {
    readButton.hidden = false;
    var stopped = function () {
      readButton.textContent = texts.readAloud;
    };
    readButton.addEventListener('click', function () {
      if (speech.speaking) {
        speech.cancel();
        stopped();
        return;
      }
      if (botWords.length === 0) return;
      var utterance = new window.SpeechSynthesisUtterance(botWords.join(' '));
      utterance.lang = config.locale;
      var voices = speech.getVoices();
      var wanted = config.locale.toLowerCase();
      var language = wanted.split('-')[0];
      utterance.voice =
        voices.filter(function (v) { return v.lang.toLowerCase().replace('_', '-') === wanted; })[0] ||
        voices.filter(function (v) { return v.lang.toLowerCase().indexOf(language) === 0; })[0] ||
        null;
      utterance.rate = 0.9;
      utterance.onend = stopped;
      utterance.onerror = stopped;
      readButton.textContent = texts.stopReading;
      speech.speak(utterance);
    });
  }

  fetch(config.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(startChat)
    .catch(function () {
      showStatus(texts.failed);
    });
})();
