console.log("funnel bench: not yet written");
