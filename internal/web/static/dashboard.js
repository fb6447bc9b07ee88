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

  // Afghan district outlines (static/geo, see its README): an Afghan
  // incident known only to its district is drawn as the district, filled by
  // how many such incidents the filter holds. Pakistan has no district
  // outlines vigil may redistribute, so its district-level incidents keep
  // the dashed ring.
  var shades = [
    { min: 25, color: '#6e2a55' }, { min: 10, color: '#a34d80' }, { min: 5, color: '#cc79a7' },
    { min: 2, color: '#e0a9c9' }, { min: 1, color: '#f2d9e8' }
  ];
  function shade(n) {
    for (var i = 0; i < shades.length; i++) { if (n >= shades[i].min) { return shades[i].color; } }
    return shades[shades.length - 1].color;
  }
  function fold(s) { return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(); }
  function districtKey(province, district) { return fold(province) + '|' + fold(district); }

  // loadDistricts fetches the outlines once, and only for a map that has
  // an Afghan district-level incident to draw.
  var districtIndex = null;
  function loadDistricts() {
    if (districtIndex) { return districtIndex; }
    districtIndex = fetch('/static/geo/afghanistan-districts.json').then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (topo) {
      var index = {};
      topojson.feature(topo, topo.objects.districts).features.forEach(function (f) {
        var p = f.properties;
        [p.name].concat(p.also || []).forEach(function (n) { index[districtKey(p.province, n)] = f; });
      });
      return index;
    }).catch(function (e) { fail('the Afghan district outlines', e); return {}; });
    return districtIndex;
  }

  // placeOf gives an incident's country, province and district as the map
  // API sends them.
  function placeOf(p) {
    return { country: p.country || '', admin1: p.admin1 || '', admin2: p.admin2 || '' };
  }
  function afghanDistrictLevel(p) {
    var pl = placeOf(p);
    return p.geo_precision >= 3 && pl.country === 'Afghanistan' && pl.admin2 !== '';
  }
  function districtOf(index, p) {
    if (!afghanDistrictLevel(p)) { return null; }
    var pl = placeOf(p);
    return index[districtKey(pl.admin1, pl.admin2)] || null;
  }

  function districtPopup(f, incidents) {
    var div = document.createElement('div');
    var head = document.createElement('strong');
    head.textContent = f.properties.name + ', ' + f.properties.province;
    div.appendChild(head);
    var line = document.createElement('div');
    line.textContent = incidents.length + ' incident' + (incidents.length === 1 ? '' : 's') +
      ' known only to this district (the outline marks the district, not a place)';
    div.appendChild(line);
    var list = document.createElement('ul');
    incidents.slice(0, 10).forEach(function (p) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/incidents/' + p.id;
      a.textContent = (p.date || 'undated') + ' · ' + (p.type || 'incident') + ' · ' + p.fatalities + ' killed';
      li.appendChild(a);
      list.appendChild(li);
    });
    div.appendChild(list);
    if (incidents.length > 10) {
      var more = document.createElement('div');
      more.textContent = 'and ' + (incidents.length - 10) + ' more';
      div.appendChild(more);
    }
    return div;
  }

  function districtLegend() {
    var legend = L.control({ position: 'bottomright' });
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'map-legend');
      div.id = 'district-legend';
      var title = document.createElement('div');
      title.textContent = 'Afghan district-level incidents';
      div.appendChild(title);
      shades.slice().reverse().forEach(function (s, i, all) {
        var row = document.createElement('div');
        var sw = document.createElement('span');
        sw.className = 'swatch';
        sw.style.background = s.color;
        row.appendChild(sw);
        var next = all[i + 1];
        row.appendChild(document.createTextNode(next ? (next.min - 1 > s.min ? s.min + '–' + (next.min - 1) : String(s.min)) : s.min + ' or more'));
        div.appendChild(row);
      });
      return div;
    };
    return legend;
  }

  var clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  var areas = L.layerGroup();
  api('/api/v1/map').then(function (fc) {
    var needed = fc.features.some(function (f) { return afghanDistrictLevel(f.properties); });
    return Promise.all([fc, needed ? loadDistricts() : {}]);
  }).then(function (got) {
    var fc = got[0], index = got[1];
    var inDistrict = new Map(); // outline feature -> its incidents
    fc.features.forEach(function (f) {
      var p = f.properties;
      var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.geo_precision >= 3) {
        var d = districtOf(index, p);
        if (d) {
          if (!inDistrict.has(d)) { inDistrict.set(d, []); }
          inDistrict.get(d).push(p);
          return;
        }
        // Only the district or province is known: a ring over the area,
        // never a pin pretending to be the place.
        L.circle(ll, { radius: 25000, color: '#CC79A7', weight: 1.5, dashArray: '4 4', fillOpacity: 0.08 })
          .bindPopup(popup(p)).addTo(areas);
      } else {
        L.marker(ll, { icon: L.divIcon({ className: 'pt pt-' + p.review_state, iconSize: [12, 12] }), title: p.place })
          .bindPopup(popup(p)).addTo(clusters);
      }
    });
    var outlines = L.featureGroup();
    inDistrict.forEach(function (incidents, f) {
      L.geoJSON(f, {
        style: { color: '#6e2a55', weight: 1, fillColor: shade(incidents.length), fillOpacity: 0.75, className: 'district' },
        onEachFeature: function (feat, layer) {
          layer.bindPopup(districtPopup(feat, incidents));
          layer.on('add', function () {
            var el = layer.getElement();
            el.setAttribute('data-district', feat.properties.name);
            el.setAttribute('data-province', feat.properties.province);
            el.setAttribute('data-incidents', String(incidents.length));
            el.setAttribute('aria-label', feat.properties.name + ', ' + feat.properties.province + ': ' + incidents.length + ' incidents');
          });
        }
      }).addTo(outlines);
    });
    map.addLayer(outlines);
    if (inDistrict.size) {
      districtLegend().addTo(map);
      map.attributionControl.addAttribution('Districts: geoBoundaries');
    }
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
