from .specificity import sentence_specificity
from .sentences import split_sentences
