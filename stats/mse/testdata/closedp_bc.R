# closedp.bc on each table, for each closedp.t model it applies to; produced
# testdata/closedp_bc.R.txt by
#   for d in hare hiv lesbian my3 duck bunting kosovo kosovo_exh_aba_osce kosovo_exh_aba; do
#     Rscript closedp_bc.R $d.csv; done
# under R 4.2.2 Patched (2022-11-10 r83330) with Rcapture 1.4-4 (built from the CRAN source).
# It prints table;model;abundance;stderr;infoFit, or table;model;error where R refuses.
suppressMessages(library(Rcapture))
args <- commandArgs(trailingOnly = TRUE)
tab <- read.csv(args[1], colClasses = c("character", "numeric"), comment.char = "#")
t <- nchar(tab$history[1])
X <- t(sapply(tab$history, function(s) as.integer(strsplit(s, "")[[1]])))
X <- cbind(X, tab$count)
X <- X[tab$count > 0, , drop = FALSE]
models <- list(
  list("M0", "M0", NULL), list("Mt", "Mt", NULL),
  list("Mh Chao (LB)", "Mh", "Chao"), list("Mh Poisson2", "Mh", "Poisson"),
  list("Mh Darroch", "Mh", "Darroch"), list("Mh Gamma3.5", "Mh", "Gamma"),
  list("Mth Chao (LB)", "Mth", "Chao"), list("Mth Poisson2", "Mth", "Poisson"),
  list("Mth Darroch", "Mth", "Darroch"), list("Mb", "Mb", NULL), list("Mbh", "Mbh", NULL))
for (m in models) {
  r <- tryCatch({
    o <- if (is.null(m[[3]])) closedp.bc(X, dfreq = TRUE, m = m[[2]]) else closedp.bc(X, dfreq = TRUE, m = m[[2]], h = m[[3]])
    sprintf("%.10g;%.10g;%s", o$results[1, 1], o$results[1, 2], o$results[1, 3])
  }, error = function(e) "error")
  cat(sprintf("%s;%s;%s\n", basename(args[1]), m[[1]], r))
}
