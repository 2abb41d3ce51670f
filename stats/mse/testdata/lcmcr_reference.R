# The call that produced testdata/lcmcr.R.txt, one line per run:
#   Rscript lcmcr_reference.R <table.csv> <seed> <samples>
# under R 4.2.2 Patched (2022-11-10 r83330) with LCMCR 0.4.14 built from the CRAN
# source (R CMD INSTALL) against GSL 2.7.1. It prints
# table;seed;samples;median;2.5%;97.5%;mean of the draws of N (quantile type 7).
suppressMessages(library(LCMCR))
args <- commandArgs(trailingOnly = TRUE)
file <- args[1]; seed <- as.integer(args[2]); samples <- as.integer(args[3])
tab <- read.csv(file, colClasses = c("character", "numeric"))
tab <- tab[tab$count > 0, ]
J <- nchar(tab$history[1])
df <- as.data.frame(lapply(1:J, function(j) factor(substr(tab$history, j, j), levels = c("0", "1"))))
names(df) <- paste0("L", 1:J)
df$Freq <- tab$count
set.seed(seed)
s <- lcmCR(captures = df, tabular = TRUE, in_list_label = "1", not_in_list_label = "0", K = 10,
           a_alpha = 0.25, b_alpha = 0.25, buffer_size = 10000, thinning = 10, seed = seed, verbose = FALSE)
N <- lcmCR_PostSampl(s, burnin = 10000, samples = samples, thinning = 10, output = FALSE)
q <- quantile(N, c(0.025, 0.5, 0.975))
cat(sprintf("%s;%d;%d;%.1f;%.1f;%.1f;%.2f\n", basename(file), seed, samples, q[2], q[1], q[3], mean(N)))
