"""Training (教育培训): units record trainings and who attended; a recruitment may require
one first. Training hours are listed apart from service hours and never count toward stars."""
