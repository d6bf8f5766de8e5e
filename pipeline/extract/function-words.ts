// Closed-class words that headline case and sentence starts capitalise but
// that never begin or continue a name: "The", "However", "In", "Of".
// A run of capitalised words is split at them.
export const functionWords = new Set(`
a an the this that these those some any each every no all both either neither
and or but nor so yet for if then than because although though while whereas unless until since after before once
of in on at by to from with without within into onto upon about above below over under between among through during
against toward towards across along around behind beyond despite except near off out past per via amid
i me my we us our you your he him his she her it its they them their who whom whose which what when where why how
is are was were be been being am do does did has have had will would shall should can could may might must
not also just even only still already however meanwhile moreover furthermore nevertheless instead indeed
here there now then today yesterday tomorrow earlier later last next first second third
according as such like unlike more most less least many much few several other another same
yes no oh well hello hi please thanks
`.trim().split(/\s+/))
