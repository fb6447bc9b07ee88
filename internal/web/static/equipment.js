// vigil equipment page: a timeline of equipment reports by kind and a map
// of the countries they were reported in, from /api/v1/equipment.
(function () {
  'use strict';
  var box = document.getElementById('equipment');
  if (!box) { return; }
  var query = box.dataset.query || '';
  var palette = { inventory: '#0072B2', sighting: '#E69F00', seizure: '#D55E00', use: '#CC79A7', transfer: '#009E73' };
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';

  var map = L.map('map', { zoomSnap: 0.5, minZoom: 2, maxZoom: 8 }).setView([31.5, 68.5], 4);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Basemap: Natural Earth');

  Promise.all([
    fetch('/static/vendor/world-atlas/countries-50m.json').then(function (r) { return r.json(); }),
    fetch('/api/v1/equipment?limit=500' + (query ? '&' + query : '')).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    })
  ]).then(function (res) {
    var topo = res[0], items = res[1].items;
    var where = {};
    var months = {}, kinds = {};
    items.forEach(function (q) {
      if (q.kind !== 'inventory' && q.location_country) {
        where[q.location_country] = (where[q.location_country] || 0) + 1;
      }
      var m = (q.as_of || q.published || '').slice(0, 7);
      if (!m) { return; }
      months[m] = months[m] || {};
      months[m][q.kind] = (months[m][q.kind] || 0) + 1;
      kinds[q.kind] = true;
    });
    var most = Math.max.apply(null, [1].concat(Object.keys(where).map(function (k) { return where[k]; })));
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: function (f) {
        var n = where[f.properties.name] || 0;
        return { color: '#7a8793', weight: 0.6, fillColor: n ? '#D55E00' : '#e6e9ec', fillOpacity: n ? 0.25 + 0.6 * n / most : 1 };
      },
      onEachFeature: function (f, layer) {
        var n = where[f.properties.name];
        if (n) { layer.bindTooltip(f.properties.name + ': ' + n + ' report' + (n === 1 ? '' : 's')); }
      }
    }).addTo(map);
    var labels = Object.keys(months).sort();
    new Chart(document.getElementById('chart-timeline'), {
      type: 'bar',
      data: {
        labels: labels,
        datasets: Object.keys(kinds).sort().map(function (k) {
          return { label: k, backgroundColor: palette[k] || '#999999', data: labels.map(function (m) { return months[m][k] || 0; }) };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'reports' } } }
      }
    });
    box.dataset.ready = 'true';
  }).catch(function (e) {
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'Could not load the equipment reports: ' + e.message;
    box.prepend(p);
  });
}());
