console.log("spc bench: not yet written");
