// corroborate HTML report: filters, selecting a finding, landing on a cited
// passage. Loaded as a file (the page's Content-Security-Policy forbids
// inline script); it reads data-* attributes and the URL fragment and never
// turns either into markup.
(function () {
  'use strict'
  document.documentElement.classList.add('js')
  // Tests read this to tell "our script ran" from "nothing ran".
  window.corroborateReport = {ready: true}

  var cards = new Map()
  document.querySelectorAll('.card[data-f]').forEach(function (card) { cards.set(card.dataset.f, card) })
  var marks = Array.prototype.slice.call(document.querySelectorAll('a.hl'))
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'))
  var shown = document.querySelector('.filters .shown')

  function visible(card) {
    return boxes.every(function (box) {
      return box.checked || (box.value !== 'cat:' + card.dataset.cat && box.value !== 'sev:' + card.dataset.sev)
    })
  }

  function applyFilters() {
    var count = 0
    cards.forEach(function (card) {
      card.hidden = !visible(card)
      if (!card.hidden) count++
    })
    marks.forEach(function (mark) {
      var on = mark.dataset.f.split(' ').some(function (fingerprint) {
        var card = cards.get(fingerprint)
        return card && !card.hidden
      })
      mark.classList.toggle('off', !on)
      if (on) mark.removeAttribute('tabindex')
      else mark.setAttribute('tabindex', '-1')
    })
    if (shown) shown.textContent = count + ' of ' + cards.size + ' findings shown'
  }

  function clear(name) {
    document.querySelectorAll('.' + name).forEach(function (element) { element.classList.remove(name) })
  }

  function select(fingerprint) {
    var card = cards.get(fingerprint)
    if (!card) return
    clear('selected')
    card.classList.add('selected')
    marks.forEach(function (mark) {
      if (mark.dataset.f.split(' ').indexOf(fingerprint) !== -1) mark.classList.add('selected')
    })
  }

  function land(id) {
    clear('landed')
    var first = null
    document.querySelectorAll('[data-p]').forEach(function (element) {
      if (element.dataset.p.split(' ').indexOf(id) === -1) return
      element.classList.add('landed')
      first = first || element
    })
    if (first) first.scrollIntoView({block: 'center'})
  }

  function followHash() {
    var id = decodeURIComponent(location.hash.slice(1))
    if (id.indexOf('f-') === 0) select(id.slice(2))
    else if (id.indexOf('at-') === 0) select(id.slice(3))
    else if (id.indexOf('p-') === 0) land(id)
  }

  boxes.forEach(function (box) { box.addEventListener('change', applyFilters) })
  window.addEventListener('hashchange', followHash)
  followHash()
})()
