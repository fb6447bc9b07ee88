// vigil dashboard: draws the map and the monthly charts from the same JSON
// the API serves (/api/v1/map and /api/v1/stats), with the page's filter.
(function () {
  'use strict';

  var desk = document.getElementById('desk');
  if (!desk) { return; }
  var query = desk.dataset.query || '';
  function api(path, extra) {
    var parts = [extra, query].filter(Boolean);
    return fetch(path + (parts.length ? '?' + parts.join('&') : ''), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
        return r.json();
      });
  }
  function fail(where, err) {
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'Could not load ' + where + ': ' + err.message;
    desk.prepend(p);
  }

  // The palette is colour-blind safe (Okabe–Ito).
  var palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999', '#F0E442'];
  var categories = [
    { key: 'security_forces', label: 'Security forces', color: '#0072B2' },
    { key: 'civilians', label: 'Civilians', color: '#D55E00' },
    { key: 'militants', label: 'Militants', color: '#999999' },
    { key: 'unknown', label: 'Unknown', color: '#E69F00' }
  ];

  // --- map ---
  var map = L.map('map', { zoomSnap: 0.5, minZoom: 3, maxZoom: 12, preferCanvas: false }).setView([31.5, 68.5], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Basemap: Natural Earth');
  fetch('/static/vendor/world-atlas/countries-50m.json').then(function (r) { return r.json(); }).then(function (topo) {
    var countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: function (f) {
        var focus = f.properties.name === 'Pakistan' || f.properties.name === 'Afghanistan';
        return { color: '#7a8793', weight: focus ? 1.2 : 0.6, fillColor: focus ? '#f4f1ea' : '#e6e9ec', fillOpacity: 1 };
      }
    }).addTo(map).bringToBack();
  }).catch(function (e) { fail('the basemap', e); });

  function popup(p) {
    var div = document.createElement('div');
    var a = document.createElement('a');
    a.href = '/incidents/' + p.id;
    a.textContent = (p.date || 'undated') + ' · ' + (p.place || 'unknown place');
    div.appendChild(a);
    var line = document.createElement('div');
    line.textContent = (p.type || 'incident') + ' · ' + p.fatalities + ' killed · ' + p.review_state +
      (p.geo_precision >= 3 ? ' · only the district or province is known' : '');
    div.appendChild(line);
    return div;
  }

  var clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  var areas = L.layerGroup();
  api('/api/v1/map').then(function (fc) {
    fc.features.forEach(function (f) {
      var p = f.properties;
      var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.geo_precision >= 3) {
        // Only the district or province is known: a ring over the area,
        // never a pin pretending to be the place.
        L.circle(ll, { radius: 25000, color: '#CC79A7', weight: 1.5, dashArray: '4 4', fillOpacity: 0.08 })
          .bindPopup(popup(p)).addTo(areas);
      } else {
        L.marker(ll, { icon: L.divIcon({ className: 'pt pt-' + p.review_state, iconSize: [12, 12] }), title: p.place })
          .bindPopup(popup(p)).addTo(clusters);
      }
    });
    map.addLayer(areas);
    map.addLayer(clusters);
    var note = document.getElementById('map-note');
    var drawn = fc.features.length;
    note.textContent = '· ' + drawn + ' of ' + fc.total + ' incidents located' + (fc.truncated ? ' (the newest ' + drawn + ' shown)' : '');
    desk.dataset.mapReady = 'true';
  }).catch(function (e) { fail('the map', e); });

  // monthRange lists every month from the first to the last given, so a
  // month without incidents shows as zero instead of vanishing.
  function monthRange(months) {
    if (!months.length) { return []; }
    var sorted = months.slice().sort();
    var out = [];
    var y = +sorted[0].slice(0, 4), m = +sorted[0].slice(5, 7);
    var last = sorted[sorted.length - 1];
    for (var guard = 0; guard < 1200; guard++) {
      var key = y + '-' + (m < 10 ? '0' : '') + m;
      out.push(key);
      if (key >= last) { break; }
      m++;
      if (m > 12) { m = 1; y++; }
    }
    return out;
  }

  // --- charts ---
  Chart.defaults.font.family = 'system-ui, sans-serif';
  Chart.defaults.animation = false;
  function bar(id, labels, datasets, yTitle) {
    return new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: yTitle } } }
      }
    });
  }

  api('/api/v1/stats', 'by=month').then(function (rep) {
    var rows = rep.rows.filter(function (r) { return r.key[0] !== 'undated'; });
    var byMonth = {};
    rows.forEach(function (r) { byMonth[r.key[0]] = r; });
    var months = monthRange(Object.keys(byMonth));
    bar('chart-category', months, categories.map(function (c) {
      return { label: c.label, backgroundColor: c.color, data: months.map(function (m) { return byMonth[m] ? byMonth[m].casualties[c.key].killed : 0; }) };
    }), 'killed');
    var undated = rep.rows.filter(function (r) { return r.key[0] === 'undated'; })[0];
    if (undated) {
      var note = document.getElementById('undated-note');
      note.textContent = undated.incidents + ' undated incident' + (undated.incidents === 1 ? '' : 's') + ' (' +
        undated.fatalities + ' fatalities) count in the totals but cannot be placed in a month.';
      note.hidden = false;
    }
  }).catch(function (e) { fail('the monthly figures', e); });

  api('/api/v1/stats', 'by=month,admin1').then(function (rep) {
    var rows = rep.rows.filter(function (r) { return r.key[0] !== 'undated'; });
    var months = monthRange(Array.from(new Set(rows.map(function (r) { return r.key[0]; }))));
    var size = {};
    rows.forEach(function (r) { size[r.key[1]] = (size[r.key[1]] || 0) + r.incidents; });
    // The six provinces with most incidents get a colour; the rest are "other".
    var top = Object.keys(size).sort(function (a, b) { return size[b] - size[a] || a.localeCompare(b); }).slice(0, 6);
    var names = top.concat(Object.keys(size).length > top.length ? ['other'] : []);
    function series(field) {
      return names.map(function (name, i) {
        var byMonth = {};
        rows.forEach(function (r) {
          var n = top.indexOf(r.key[1]) >= 0 ? r.key[1] : 'other';
          if (n === name) { byMonth[r.key[0]] = (byMonth[r.key[0]] || 0) + r[field]; }
        });
        return { label: name, backgroundColor: palette[i % palette.length], data: months.map(function (m) { return byMonth[m] || 0; }) };
      });
    }
    bar('chart-province', months, series('incidents'), 'incidents');
    bar('chart-province-fatalities', months, series('fatalities'), 'fatalities');
    desk.dataset.chartsReady = 'true';
  }).catch(function (e) { fail('the provincial figures', e); });
}());
