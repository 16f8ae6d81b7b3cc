// The reach page: anonymous weekly counts from /api/staff/reach, drawn with Chart.js (served from
// node_modules by this server, no CDN), and the same numbers in a table.
(function () {
  'use strict';
  const config = JSON.parse(document.getElementById('staff-config').textContent);
  const texts = config.texts;
  let token = sessionStorage.getItem('staffToken') || '';

  function el(tag, text) {
    const node = document.createElement(tag);
    node.textContent = text;
    return node;
  }

  /** One stacked bar per week, one dataset per value of `key` (channel or locale), conversations only. */
  function chart(canvasId, counts, weeks, key, labels) {
    const values = Object.keys(labels);
    const datasets = values.map(function (value) {
      return {
        label: labels[value],
        data: weeks.map(function (week) {
          return counts
            .filter(function (c) {
              return c.week === week && c.event === 'conversation' && c[key] === value;
            })
            .reduce(function (sum, c) {
              return sum + c.count;
            }, 0);
        }),
      };
    });
    return new Chart(document.getElementById(canvasId), {
      type: 'bar',
      data: { labels: weeks, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  function draw(data) {
    const weeks = data.weeks;
    window.reachCharts = [
      chart('by-channel', data.counts, weeks, 'channel', texts.channels),
      chart('by-language', data.counts, weeks, 'locale', texts.languages),
    ];
    const body = document.querySelector('#counts tbody');
    data.counts.forEach(function (c) {
      const row = document.createElement('tr');
      [
        c.week,
        texts.events[c.event] || c.event,
        texts.channels[c.channel] || c.channel,
        texts.languages[c.locale] || c.locale,
        String(c.count),
      ].forEach(function (v) {
        row.appendChild(el('td', v));
      });
      body.appendChild(row);
    });
  }

  function load() {
    fetch('/api/staff/reach?weeks=12', { headers: { authorization: 'Bearer ' + token } })
      .then(function (res) {
        return res.json().then(function (data) {
          return { status: res.status, data: data };
        });
      })
      .then(function (res) {
        if (res.status !== 200) {
          document.getElementById('sign-in-error').textContent = texts.badToken;
          return;
        }
        sessionStorage.setItem('staffToken', token);
        document.getElementById('sign-in').hidden = true;
        document.getElementById('reach').hidden = false;
        draw(res.data);
      });
  }

  document.getElementById('sign-in').addEventListener('submit', function (event) {
    event.preventDefault();
    token = document.getElementById('token').value;
    load();
  });
  if (token) load();
})();
