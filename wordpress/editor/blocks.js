/*
 * The blocks in the editor: the widget's choices in the block sidebar, and the widget
 * itself as the live preview (its one-tag file is loaded in the editor too). Plain
 * JavaScript on WordPress's globals, so the plugin needs no build step of its own. The
 * choices come from window.b12WidgetsEditor, which PHP writes from the same catalogue
 * the shortcodes and the rendered blocks use. Saving stores only the choices; the
 * markup is made in PHP when the page is shown.
 */
(function (wp, catalogue) {
  'use strict';
  if (!wp || !catalogue) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;

  function languageName(code) {
    var match = catalogue.languages.filter(function (language) { return language.code === code; })[0];
    return match ? match.name : code;
  }

  /* "folate:nmol/L b12:pmol/L" <-> { folate: 'nmol/L', b12: 'pmol/L' }, in the catalogue's order. */
  function readUnits(value) {
    var units = {};
    (value || '').split(/\s+/).forEach(function (pair) {
      var colon = pair.indexOf(':');
      if (colon > 0) units[pair.slice(0, colon)] = pair.slice(colon + 1);
    });
    return units;
  }
  function writeUnits(units) {
    return catalogue.units
      .filter(function (test) { return units[test.name]; })
      .map(function (test) { return test.name + ':' + units[test.name]; })
      .join(' ');
  }

  function settings(widget, attributes, setAttributes) {
    var controls = [];
    if (widget.modes.length > 1) {
      controls.push(el(SelectControl, {
        key: 'mode',
        label: __('View', 'b12-widgets'),
        value: attributes.mode || widget.defaultMode,
        options: widget.modes.map(function (mode) { return { value: mode.value, label: __(mode.label, 'b12-widgets') }; }),
        onChange: function (mode) { setAttributes({ mode: mode }); },
      }));
    }
    controls.push(el(SelectControl, {
      key: 'lang',
      label: __('Language', 'b12-widgets'),
      help: __("The page's language follows the site's language, or the page's where a multilingual plugin sets one.", 'b12-widgets'),
      value: attributes.lang,
      options: [{ value: '', label: sprintf(__("The page's language (now %s)", 'b12-widgets'), languageName(catalogue.pageLanguage)) }].concat(
        catalogue.languages.map(function (language) { return { value: language.code, label: language.name }; })
      ),
      onChange: function (lang) { setAttributes({ lang: lang }); },
    }));
    if (widget.units) {
      var units = readUnits(attributes.units);
      catalogue.units.forEach(function (test) {
        controls.push(el(SelectControl, {
          key: 'unit-' + test.name,
          label: sprintf(__('Units for %s', 'b12-widgets'), test.labels[catalogue.editorLanguage] || test.labels['en-GB']),
          value: units[test.name] || '',
          options: test.units.map(function (unit) { return { value: unit === test.default ? '' : unit, label: unit }; }),
          onChange: function (unit) {
            var next = readUnits(attributes.units);
            next[test.name] = unit;
            setAttributes({ units: writeUnits(next) });
          },
        }));
      });
    }
    controls.push(el(SelectControl, {
      key: 'headingLevel',
      label: __("Heading level of the widget's title", 'b12-widgets'),
      value: attributes.headingLevel || '2',
      options: ['1', '2', '3', '4', '5', '6'].map(function (level) { return { value: level, label: 'H' + level }; }),
      onChange: function (headingLevel) { setAttributes({ headingLevel: headingLevel }); },
    }));
    return el(InspectorControls, null, el(PanelBody, { title: __('Widget settings', 'b12-widgets') }, controls));
  }

  /* The element as the page will have it (the same attributes PHP writes). */
  function preview(widget, attributes) {
    var props = { lang: attributes.lang || catalogue.pageLanguage };
    if (attributes.mode && attributes.mode !== widget.defaultMode) props.mode = attributes.mode;
    if (widget.units && attributes.units) props.units = attributes.units;
    if (attributes.headingLevel && attributes.headingLevel !== '2') props['heading-level'] = attributes.headingLevel;
    return el(widget.tag, props, el('p', null, widget.fallback[props.lang] || widget.fallback['en-GB']));
  }

  catalogue.widgets.forEach(function (widget) {
    wp.blocks.registerBlockType(widget.block, {
      edit: function (props) {
        return el(wp.element.Fragment, null,
          settings(widget, props.attributes, props.setAttributes),
          el('div', useBlockProps(), preview(widget, props.attributes)));
      },
      save: function () { return null; },
    });
  });
})(window.wp, window.b12WidgetsEditor);
